import { describe, expect, it } from "vitest";
import { describeInstant, formatInstant, formatInZone, fromWallTime, isTimeZone, timeAgo, toWallTime } from "./format";

// 2026-12-07 00:43 UTC: still the 6th in Los Angeles, already the 7th (afternoon) in Auckland.
const AT = "2026-12-07T00:43:00.000Z";

describe("instants in the reader's zone", () => {
  it("the same instant is a different day on each side of the date line", () => {
    expect(formatInstant(AT, "America/Los_Angeles", "date")).toBe("6 Dec 2026");
    expect(formatInstant(AT, "Pacific/Auckland", "date")).toBe("7 Dec 2026");
    expect(formatInstant(AT, "America/Los_Angeles")).toBe("6 Dec 2026, 16:43");
    expect(formatInstant(AT, "Pacific/Auckland")).toBe("7 Dec 2026, 13:43");
    expect(formatInstant(AT, "UTC")).toBe("7 Dec 2026, 00:43");
  });

  it("short leaves out the year only when it is the current year where the reader is", () => {
    expect(formatInstant(AT, "UTC", "short", new Date("2026-06-01T00:00:00Z"))).toBe("7 Dec, 00:43");
    expect(formatInstant(AT, "UTC", "short", new Date("2027-01-02T00:00:00Z"))).toBe("7 Dec 2026, 00:43");
    // New Year's Eve in Los Angeles is already the new year in Auckland.
    const eve = "2026-12-31T20:00:00.000Z";
    expect(formatInstant("2026-06-01T00:00:00Z", "America/Los_Angeles", "short", eve)).toBe("31 May, 17:00");
    expect(formatInstant("2026-06-01T00:00:00Z", "Pacific/Auckland", "short", eve)).toBe("1 Jun 2026, 12:00");
  });

  it("daylight saving is the zone's, not the server's", () => {
    expect(formatInZone("2026-07-01T12:00:00Z", "Europe/Berlin", "HH:mm xxx")).toBe("14:00 +02:00");
    expect(formatInZone("2026-12-01T12:00:00Z", "Europe/Berlin", "HH:mm xxx")).toBe("13:00 +01:00");
  });

  it("an unknown or hostile zone falls back to UTC instead of throwing", () => {
    for (const zone of ["", "Mars/Olympus", "x".repeat(10_000), "UTC\u0000", "../../etc"]) {
      expect(isTimeZone(zone)).toBe(false);
      expect(formatInstant(AT, zone)).toBe("7 Dec 2026, 00:43");
    }
    expect(isTimeZone("Europe/Berlin")).toBe(true);
  });

  it("an invalid instant prints a dash", () => {
    expect(formatInstant("not a date", "UTC")).toBe("—");
  });

  it("the tooltip names the zone and its offset", () => {
    expect(describeInstant(AT, "Pacific/Auckland")).toBe("Monday 7 December 2026, 13:43:00 GMT+13:00 (Pacific/Auckland)");
  });
});

describe("datetime-local values in the reader's zone", () => {
  it("round-trips an instant through the wall clock of each zone", () => {
    for (const zone of ["Pacific/Auckland", "America/Los_Angeles", "UTC", "Asia/Kolkata"]) {
      const wall = toWallTime(AT, zone);
      expect(fromWallTime(wall, zone)).toBe(AT);
    }
    expect(toWallTime(AT, "America/Los_Angeles")).toBe("2026-12-06T16:43");
    expect(toWallTime(AT, "Pacific/Auckland")).toBe("2026-12-07T13:43");
  });

  it("refuses what is not a datetime-local value", () => {
    for (const v of ["", "2026-12-06", "tomorrow", "2026-12-06T20:43Z"]) expect(fromWallTime(v, "UTC")).toBeNull();
  });
});

describe("timeAgo", () => {
  const now = "2026-12-06T12:00:00Z";
  it("says how long ago in words, with no clock time or zone", () => {
    expect(timeAgo("2026-12-06T11:59:30Z", now)).toBe("just now");
    expect(timeAgo("2026-12-06T11:57:00Z", now)).toBe("3 minutes ago");
    expect(timeAgo("2026-12-06T09:00:00Z", now)).toBe("3 hours ago");
    expect(timeAgo("2026-12-04T12:00:00Z", now)).toBe("2 days ago");
  });
});
