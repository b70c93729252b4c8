import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFast } from "./fast-pattern";

// Every pattern the app formats instants with (lib/time/format.ts and its callers).
const PATTERNS = ["d MMM yyyy, HH:mm", "d MMM yyyy", "d MMM, HH:mm", "yyyy", "HH:mm", "d MMM", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "EEEE d MMMM yyyy, HH:mm:ss 'GMT'xxx", "HH:mm xxx", "dd.MM.yyyy 'at' HH:mm:ss"];
// Offsets of 30 and 45 minutes, a 30-minute daylight shift, both sides of the date line, zones
// that changed their offset, and the southern hemisphere's daylight saving.
const AWKWARD = ["UTC", "Europe/Berlin", "America/Los_Angeles", "America/St_Johns", "Asia/Kathmandu", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Apia", "America/Sao_Paulo", "Africa/Casablanca", "Asia/Tehran", "Europe/Moscow", "Australia/Adelaide", "America/Caracas"];
const reference = (at: Date, zone: string, pattern: string) => format(at, pattern, { in: tz(zone) });

describe("the fast formatter prints what date-fns prints", () => {
  it("for random instants in awkward zones, every pattern", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-02T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }), fc.constantFrom(...AWKWARD), fc.constantFrom(...PATTERNS), (at, zone, pattern) => {
        const fast = formatFast(at, zone, pattern);
        if (fast !== null) expect(fast).toBe(reference(at, zone, pattern));
      }),
      { numRuns: 3000 },
    );
  });

  it("in every zone this runtime knows, around daylight-saving changes too", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    expect(zones.length).toBeGreaterThan(300);
    // Instants an hour either side of the usual change dates, and a few ordinary ones.
    const instants = ["2026-03-08T09:59:59Z", "2026-03-08T10:00:00Z", "2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z", "2026-10-25T00:59:59.999Z", "2026-10-25T01:00:00Z", "2026-04-05T15:30:00Z", "2026-09-27T14:00:00Z", "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z", "2026-12-31T23:59:59.500Z"].map((s) => new Date(s));
    let fast = 0;
    let all = 0;
    for (const zone of zones)
      for (const at of instants)
        for (const pattern of ["EEEE d MMMM yyyy, HH:mm:ss 'GMT'xxx", "yyyy-MM-dd'T'HH:mm"]) {
          const text = formatFast(at, zone, pattern);
          all++;
          if (text === null) continue;
          fast++;
          expect(text, `${zone} ${at.toISOString()}`).toBe(reference(at, zone, pattern));
        }
    // Only offsets in seconds (Africa/Monrovia until 1972) go to date-fns.
    expect(fast / all).toBeGreaterThan(0.99);
  });

  it("leaves patterns with other tokens, and years before 1900, to date-fns", () => {
    const at = new Date("2026-12-07T00:43:00Z");
    expect(formatFast(at, "UTC", "PPpp")).toBeNull();
    expect(formatFast(at, "UTC", "h:mm a")).toBeNull();
    expect(formatFast(at, "UTC", "unclosed 'quote")).toBeNull();
    expect(formatFast(at, "UTC", "'it''s' d")).toBeNull();
    expect(formatFast(new Date("1970-01-01T00:00:00Z"), "Africa/Monrovia", "HH:mm xxx")).toBeNull();
    expect(formatFast(new Date("1850-06-01T00:00:00Z"), "Europe/Amsterdam", "yyyy")).toBeNull();
  });
});
