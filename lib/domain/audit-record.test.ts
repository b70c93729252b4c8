import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./audit-actions";
import { AUDIT_PAYLOADS } from "./audit-payloads";
import { readAuditRecord, storedAction } from "./audit-record";

const item = (action: string, before: unknown, after: unknown) => readAuditRecord({ action, entityType: "item", before, after });

describe("reading a stored audit row back", () => {
  it("gives the action's record when the row reads as that action", () => {
    expect(item("item.status", { status: "in_progress", completedAt: null }, { status: "done", completedAt: "2026-11-21T14:02:00.000Z" })).toEqual({
      action: "item.status",
      before: { status: "in_progress", completedAt: null },
      after: { status: "done", completedAt: "2026-11-21T14:02:00.000Z" },
    });
    // A side the action leaves empty reads as null, whatever an old row holds there.
    expect(readAuditRecord({ action: "user.password_reset", entityType: "user", before: null, after: { stray: 1 } })).toEqual({ action: "user.password_reset", before: null, after: null });
  });

  it("reads what a writer stored through JSON: Dates come back as their ISO strings", () => {
    const at = new Date("2026-12-01T09:00:00.000Z");
    const stored = JSON.parse(JSON.stringify({ dueAt: at, priority: "P1" })) as unknown;
    expect(item("item.update", { dueAt: null, priority: null }, stored)).toMatchObject({ action: "item.update", after: { dueAt: at.toISOString(), priority: "P1" } });
  });

  it("says a row is unreadable (keeping what was stored) for an unknown action, another entity or a payload that does not match", () => {
    const unreadable = (stored: string, before: unknown, after: unknown) => ({ action: "unreadable", stored, before, after });
    // Written by an older version, no longer an action.
    expect(item("item.import_create", null, { key: "T-1", title: "x", importId: "i" })).toEqual(unreadable("item.import_create", null, { key: "T-1", title: "x", importId: "i" }));
    // A field no version of the item has, a value no status is, or a side that is not an object.
    expect(item("item.update", { colour: "red" }, { colour: "blue" })).toEqual(unreadable("item.update", { colour: "red" }, { colour: "blue" }));
    expect(item("item.status", { status: "todo" }, { status: "done" })).toEqual(unreadable("item.status", { status: "todo" }, { status: "done" }));
    expect(item("item.update", null, { title: "t" })).toEqual(unreadable("item.update", null, { title: "t" }));
    // The right shape under another entity is not that action's row.
    expect(readAuditRecord({ action: "item.update", entityType: "user", before: {}, after: { title: "t" } }).action).toBe("unreadable");
    // Names of Object.prototype are not actions.
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect(item(name, {}, {}).action).toBe("unreadable");
  });

  it("tolerates the details a reader can do without", () => {
    // A snapshot of a created or deleted item from an older version (fewer fields, or none that read).
    expect(item("item.create", null, { title: "Harness runbook" })).toEqual({ action: "item.create", before: null, after: { title: "Harness runbook" } });
    expect(item("item.delete", { id: "i", key: "T-1", title: 5 }, null)).toEqual({ action: "item.delete", before: {}, after: null });
    // A checklist side that names no entry, a criterion whose rule does not read, a tick's odd reason.
    expect(item("item.checklist_tick", null, "nonsense")).toEqual({ action: "item.checklist_tick", before: {}, after: {} });
    expect(item("item.criterion_unlink", { acceptance: { text: "p99 < 200", rule: { metricKey: 1 } } }, { acceptance: { text: "p99 < 200", rule: null } })).toEqual({
      action: "item.criterion_unlink",
      before: { acceptance: { text: "p99 < 200", rule: null } },
      after: { acceptance: { text: "p99 < 200", rule: null } },
    });
    expect(item("item.checklist_tick", {}, { action: { text: "A", done: true }, because: 7 })).toEqual({ action: "item.checklist_tick", before: {}, after: { action: { text: "A", done: true } } });
  });

  it("names the action a record was stored under", () => {
    expect(storedAction(item("item.bulk_update", { priority: null }, { priority: "P2" }))).toBe("item.bulk_update");
    expect(storedAction(item("item.bulk_update", "?", "?"))).toBe("item.bulk_update");
  });

  it("never throws, whatever a row holds", () => {
    const action = fc.oneof(fc.constantFrom(...AUDIT_ACTIONS), fc.string());
    const entity = fc.oneof(fc.constantFrom(...new Set(Object.values(AUDIT_PAYLOADS).map((p) => p.entity))), fc.string());
    fc.assert(
      fc.property(action, entity, fc.anything(), fc.anything(), (a, entityType, before, after) => {
        const record = readAuditRecord({ action: a, entityType, before, after });
        expect(storedAction(record)).toBe(a);
      }),
    );
  });
});
