import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterPolicyChange, afterPriorityChange, afterReopen, closedOutcome, dueFrom, type SlaWindows } from "./due";

// Seed 002's policy: P0 24 hours, P1 2 weeks, P2 6 weeks, P3 quarterly.
const WINDOWS = {
  P0: { targetHours: 24, calendar: "calendar" },
  P1: { targetHours: 336, calendar: "calendar" },
  P2: { targetHours: 1008, calendar: "calendar" },
  P3: { targetHours: 2184, calendar: "calendar" },
} as const satisfies SlaWindows;
const at = (iso: string) => new Date(iso);

describe("due dates from an SLA window", () => {
  it("calendar hours are real hours, also across a daylight-saving change", () => {
    expect(dueFrom(at("2026-11-20T09:00:00Z"), WINDOWS.P0)).toEqual(at("2026-11-21T09:00:00Z"));
    // Berlin springs forward on 2026-03-29: 24 hours later is 13:00 local, not 12:00.
    const start = at("2026-03-28T11:00:00Z"); // 12:00 CET
    expect(dueFrom(start, WINDOWS.P0, "Europe/Berlin")).toEqual(at("2026-03-29T11:00:00Z")); // 13:00 CEST
    // New York falls back on 2026-11-01: 24 hours after 12:00 EDT is 11:00 EST.
    expect(dueFrom(at("2026-10-31T16:00:00Z"), WINDOWS.P0, "America/New_York")).toEqual(at("2026-11-01T16:00:00Z"));
  });

  it("business days skip the weekend in the policy's time zone", () => {
    const business = { targetHours: 24, calendar: "business" } as const;
    // Friday 15:00 UTC + one business day → Monday 15:00 UTC.
    expect(dueFrom(at("2026-11-20T15:00:00Z"), business)).toEqual(at("2026-11-23T15:00:00Z"));
    // Opened on Saturday: counting starts Monday 00:00.
    expect(dueFrom(at("2026-11-21T10:00:00Z"), business)).toEqual(at("2026-11-24T00:00:00Z"));
    // Ten business days = two calendar weeks from a Wednesday.
    expect(dueFrom(at("2026-11-18T09:00:00Z"), { targetHours: 240, calendar: "business" })).toEqual(at("2026-12-02T09:00:00Z"));
    // Friday 15:00 in Berlin over the spring-forward weekend → Monday 15:00 local (CEST).
    expect(dueFrom(at("2026-03-27T14:00:00Z"), business, "Europe/Berlin")).toEqual(at("2026-03-30T13:00:00Z"));
    // The weekend is local: at Friday 23:30 in Tokyo (14:30 UTC) half an hour of Friday is left;
    // the other half runs from Monday 00:00 JST, which is Sunday 15:00 UTC.
    expect(dueFrom(at("2026-11-20T14:30:00Z"), { targetHours: 1, calendar: "business" }, "Asia/Tokyo")).toEqual(at("2026-11-22T15:30:00Z"));
  });

  it("triage starts the window; re-prioritising from P2 to P0 gives P0's window from then", () => {
    const triaged = at("2026-11-01T09:00:00Z");
    const p2 = afterPriorityChange({ windowStart: null, dueAt: null, overridden: false }, "P2", WINDOWS, triaged);
    expect(p2).toEqual({ windowStart: triaged, dueAt: at("2026-12-13T09:00:00Z") });
    const escalated = at("2026-11-21T12:00:00Z");
    expect(afterPriorityChange({ ...p2, overridden: false }, "P0", WINDOWS, escalated)).toEqual({ windowStart: escalated, dueAt: at("2026-11-22T12:00:00Z") });
    // Back to untriaged stops the clock; an override survives both.
    expect(afterPriorityChange({ ...p2, overridden: false }, null, WINDOWS, escalated)).toEqual({ windowStart: null, dueAt: null });
    const overridden = { windowStart: triaged, dueAt: at("2027-01-01T00:00:00Z"), overridden: true };
    expect(afterPriorityChange(overridden, "P0", WINDOWS, escalated).dueAt).toEqual(at("2027-01-01T00:00:00Z"));
  });

  it("reopening after done starts a fresh window; the closed outcome is kept as on time or late", () => {
    const due = at("2026-11-22T09:00:00Z");
    expect(closedOutcome(due, at("2026-11-22T08:59:00Z"))).toBe("on_time");
    expect(closedOutcome(due, at("2026-11-22T09:01:00Z"))).toBe("late");
    expect(closedOutcome(null, at("2026-11-22T09:01:00Z"))).toBe("no_sla");
    const reopened = at("2026-11-25T10:00:00Z");
    expect(afterReopen("P1", WINDOWS, reopened)).toEqual({ windowStart: reopened, dueAt: at("2026-12-09T10:00:00Z") });
    expect(afterReopen(null, WINDOWS, reopened)).toEqual({ windowStart: null, dueAt: null });
  });

  it("a policy change moves open, not-overridden due dates from their window start", () => {
    const start = at("2026-11-01T09:00:00Z");
    const oneWeek = { targetHours: 168, calendar: "calendar" } as const;
    expect(afterPolicyChange({ windowStart: start, dueAt: at("2026-11-15T09:00:00Z"), overridden: false }, oneWeek)).toEqual({ windowStart: start, dueAt: at("2026-11-08T09:00:00Z") });
    const kept = { windowStart: start, dueAt: at("2026-11-30T00:00:00Z"), overridden: true };
    expect(afterPolicyChange(kept, oneWeek)).toBe(kept);
  });
});

/** The plain day-by-day walk dueFrom's cached version must agree with. */
function referenceBusinessDue(start: Date, targetHours: number, timeZone: string): Date {
  const next = (d: TZDate) => new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0, timeZone);
  let remaining = targetHours * 3_600_000;
  let cursor = new TZDate(start.getTime(), timeZone);
  for (;;) {
    const end = next(cursor);
    if (cursor.getDay() !== 0 && cursor.getDay() !== 6) {
      if (remaining <= end.getTime() - cursor.getTime()) return new Date(cursor.getTime() + remaining);
      remaining -= end.getTime() - cursor.getTime();
    }
    cursor = end;
  }
}

describe("business-day due dates", () => {
  it("agree with a plain day-by-day walk, across zones, weekends and daylight-saving changes", () => {
    const zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.integer({ min: 1, max: 2200 }),
        fc.constantFrom(...zones),
        (ms, hours, zone) => {
          const start = new Date(ms);
          expect(dueFrom(start, { targetHours: hours, calendar: "business" }, zone)).toEqual(referenceBusinessDue(start, hours, zone));
        },
      ),
      { numRuns: 300 },
    );
  });
});
