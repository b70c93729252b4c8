import { describe, expect, it } from "vitest";
import { digestWindow, quietUntil } from "./schedule-time";

const at = (iso: string) => new Date(iso);

describe("quietUntil", () => {
  it("holds until the end of quiet hours that wrap midnight, in the reader's zone", () => {
    // 23:30 in Berlin (UTC+1 in December): quiet 22–7 ends at 07:00 Berlin = 06:00 UTC next day.
    expect(quietUntil(at("2026-12-07T22:30:00Z"), "Europe/Berlin", 22, 7)?.toISOString()).toBe("2026-12-08T06:00:00.000Z");
    // 03:00 Berlin: ends the same morning.
    expect(quietUntil(at("2026-12-08T02:00:00Z"), "Europe/Berlin", 22, 7)?.toISOString()).toBe("2026-12-08T06:00:00.000Z");
    // 12:00 Berlin: not quiet.
    expect(quietUntil(at("2026-12-08T11:00:00Z"), "Europe/Berlin", 22, 7)).toBeNull();
  });

  it("handles quiet hours within a day, and none", () => {
    expect(quietUntil(at("2026-12-08T13:00:00Z"), "UTC", 12, 14)?.toISOString()).toBe("2026-12-08T14:00:00.000Z");
    expect(quietUntil(at("2026-12-08T14:00:00Z"), "UTC", 12, 14)).toBeNull();
    expect(quietUntil(at("2026-12-08T13:00:00Z"), "UTC", null, null)).toBeNull();
  });

  it("ends at the local hour across a clock change", () => {
    // New York leaves summer time on 1 Nov 2026 at 02:00: 07:00 that morning is 12:00 UTC.
    expect(quietUntil(at("2026-11-01T04:30:00Z"), "America/New_York", 22, 7)?.toISOString()).toBe("2026-11-01T12:00:00.000Z");
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(quietUntil(at("2026-12-08T23:00:00Z"), "Mars/Olympus", 22, 7)?.toISOString()).toBe("2026-12-09T07:00:00.000Z");
  });
});

describe("digestWindow", () => {
  it("is due once the chosen local hour has passed, covering the time since the last digest", () => {
    const last = at("2026-12-07T07:00:00Z"); // 08:00 Berlin yesterday
    expect(digestWindow(at("2026-12-08T06:59:00Z"), "Europe/Berlin", 8, last)).toBeNull();
    expect(digestWindow(at("2026-12-08T07:05:00Z"), "Europe/Berlin", 8, last)).toEqual({ start: last, end: at("2026-12-08T07:00:00Z") });
  });

  it("is not due twice for the same day", () => {
    expect(digestWindow(at("2026-12-08T20:00:00Z"), "Europe/Berlin", 8, at("2026-12-08T07:00:00Z"))).toBeNull();
  });

  it("covers the last day when there was no digest before", () => {
    expect(digestWindow(at("2026-12-08T09:00:00Z"), "UTC", 8, null)).toEqual({ start: at("2026-12-07T08:00:00Z"), end: at("2026-12-08T08:00:00Z") });
    // Before today's hour: yesterday's passing is the one due.
    expect(digestWindow(at("2026-12-08T05:00:00Z"), "UTC", 8, null)).toEqual({ start: at("2026-12-06T08:00:00Z"), end: at("2026-12-07T08:00:00Z") });
  });
});
