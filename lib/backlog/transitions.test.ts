import { describe, expect, it } from "vitest";
import { deriveTransition, TransitionError, type ItemState } from "./transitions";

const now = new Date("2026-11-21T12:00:00Z");
const earlier = new Date("2026-11-01T12:00:00Z");
const base: ItemState = { status: "not_started", priority: null, blockedReason: null, startedAt: null, completedAt: null, triagedAt: null };

describe("status and priority transitions", () => {
  it("starting work stamps started_at once", () => {
    expect(deriveTransition(base, { status: "in_progress" }, now)).toEqual({ startedAt: now });
    expect(deriveTransition({ ...base, status: "in_progress", startedAt: earlier }, { status: "blocked", blockedReason: "waiting on infra" }, now)).toEqual({
      blockedReason: "waiting on infra",
    });
  });

  it("done stamps completed_at (and started_at if work was never started)", () => {
    expect(deriveTransition(base, { status: "done" }, now)).toEqual({ completedAt: now, startedAt: now });
    expect(deriveTransition({ ...base, status: "in_progress", startedAt: earlier }, { status: "done" }, now)).toEqual({ completedAt: now });
    expect(deriveTransition(base, { status: "wont_do" }, now)).toEqual({ completedAt: now });
  });

  it("reopening clears completed_at; back to not started clears both", () => {
    const done = { ...base, status: "done" as const, startedAt: earlier, completedAt: earlier };
    expect(deriveTransition(done, { status: "in_progress" }, now)).toEqual({ completedAt: null });
    expect(deriveTransition(done, { status: "not_started" }, now)).toEqual({ startedAt: null, completedAt: null });
  });

  it("blocked needs a reason; leaving blocked clears it", () => {
    expect(() => deriveTransition(base, { status: "blocked" }, now)).toThrow(TransitionError);
    expect(() => deriveTransition(base, { status: "blocked", blockedReason: null }, now)).toThrow(/blocked reason/);
    const blocked = { ...base, status: "blocked" as const, blockedReason: "vendor", startedAt: earlier };
    expect(deriveTransition(blocked, { status: "in_progress" }, now)).toEqual({ blockedReason: null });
    // Editing another field of a blocked item keeps its reason.
    expect(deriveTransition(blocked, { title: "x" }, now)).toEqual({});
  });

  it("the first priority stamps triaged_at; clearing it un-triages", () => {
    expect(deriveTransition(base, { priority: "P1" }, now)).toEqual({ triagedAt: now });
    expect(deriveTransition({ ...base, priority: "P1", triagedAt: earlier }, { priority: "P0" }, now)).toEqual({});
    expect(deriveTransition({ ...base, priority: "P1", triagedAt: earlier }, { priority: null }, now)).toEqual({ triagedAt: null });
  });

  it("a due date set by hand needs a reason, given now or already on the item", () => {
    const due = new Date("2027-01-01T00:00:00Z");
    expect(() => deriveTransition(base, { dueAt: due }, now)).toThrow(/due date reason/);
    expect(() => deriveTransition(base, { dueAt: due, dueOverrideReason: null }, now)).toThrow(/due date reason/);
    expect(deriveTransition(base, { dueAt: due, dueOverrideReason: "Customer deadline" }, now)).toEqual({});
    expect(deriveTransition({ ...base, dueOverrideReason: "Customer deadline" }, { dueAt: due }, now)).toEqual({});
    // Clearing the due date or saving it unchanged needs no reason.
    expect(deriveTransition(base, { dueAt: null }, now)).toEqual({});
    expect(deriveTransition({ ...base, dueAt: due }, { dueAt: new Date(due) }, now)).toEqual({});
  });
});
