import { describe, expect, it } from "vitest";
import type { AuditAction } from "./audit-actions";
import { AUDIT_ENTITY_TYPES, AUDIT_PAYLOADS, inChecklist, toLink, type AuditEvent } from "./audit-payloads";

// appendAudit's event parameter, without the database: these calls are checked by `tsc --noEmit`
// (each @ts-expect-error fails the type check if its line ever compiles), and run here as well.
const event = <A extends AuditAction>(e: AuditEvent<A>) => e;

describe("audit payload types", () => {
  it("accept what each action stores", () => {
    const at = new Date("2026-12-01T09:00:00.000Z");
    const done = Math.random() < 2;
    const events = [
      event({ action: "item.status", entityType: "item", entityId: "i", before: { status: "in_progress", completedAt: null }, after: { status: "done", completedAt: at } }),
      event({ action: done ? "item.checklist_tick" : "item.checklist_untick", entityType: "item", entityId: "i", before: inChecklist("action", { text: "A", done: !done }), after: inChecklist("action", { text: "A", done }) }),
      event({ action: "item.link", entityType: "item", entityId: "i", after: toLink("blocks", "P1-010") }),
      event({ action: "user.password_reset", entityType: "user", entityId: "u" }),
      event({ action: "token.create", entityType: "api_token", entityId: "t", after: { name: "ci", prefix: "hb_1", scopes: ["metrics:write"], expiresAt: null } }),
    ];
    expect(events.map((e) => e.action)).toEqual(["item.status", "item.checklist_tick", "item.link", "user.password_reset", "token.create"]);
  });

  it("reject another shape (checked by the compiler)", () => {
    const rejected = () => [
      // @ts-expect-error a status the domain does not have
      event({ action: "item.status", entityType: "item", entityId: "i", before: { status: "todo" }, after: { status: "done" } }),
      // @ts-expect-error a field an item does not have
      event({ action: "item.update", entityType: "item", entityId: "i", before: {}, after: { colour: "red" } }),
      // @ts-expect-error the wrong entity for the action
      event({ action: "runbook.review", entityType: "item", entityId: "r", after: { revision: 2, note: "" } }),
      // @ts-expect-error a side the action requires is missing
      event({ action: "runbook.review", entityType: "runbook", entityId: "r" }),
      // @ts-expect-error a side the action leaves empty
      event({ action: "user.password_reset", entityType: "user", entityId: "u", after: { password: "x" } }),
      // @ts-expect-error a checklist entry's text must be text
      event({ action: "item.checklist_add", entityType: "item", entityId: "i", after: inChecklist("file", { text: 5 }) }),
      // @ts-expect-error an import that marks an item missing sets it to won't do, nothing else
      event({ action: "item.import_missing", entityType: "item", entityId: "i", before: { status: "in_progress" }, after: { status: "done" } }),
      // @ts-expect-error an action that is not one
      event({ action: "item.renamed", entityType: "item", entityId: "i" }),
    ];
    expect(typeof rejected).toBe("function");
  });

  it("give every action an entity and the admin filter every entity", () => {
    expect(Object.keys(AUDIT_PAYLOADS).sort()).toEqual([...new Set(Object.keys(AUDIT_PAYLOADS))].sort());
    expect(AUDIT_ENTITY_TYPES).toEqual(expect.arrayContaining(["item", "import", "project", "sla_policy", "sla_settings", "runbook", "metric", "user", "api_token", "workspace"]));
  });
});
