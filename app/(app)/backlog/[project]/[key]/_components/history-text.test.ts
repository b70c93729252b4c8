import { describe, expect, it } from "vitest";
import { readAuditRecord } from "@/lib/domain/audit-record";
import { auditNote, describeAudit, phraseText } from "./history-text";

type Row = { action: string; before: unknown; after: unknown };
const lookups = { users: { u1: "Eli Engineer" }, projects: { p1: "Core", p2: "Web" } };
/** A stored item row, read back as the page reads it. */
const read = (row: Row) => readAuditRecord({ entityType: "item", ...row });
const say = (row: Row) => describeAudit(read(row), lookups).map(phraseText);
const note = (action: string) => auditNote(read({ action, before: null, after: null }));

describe("item history sentences", () => {
  it("describes a status change and hides the timestamps it derived", () => {
    expect(say({ action: "item.status", before: { status: "in_progress", completedAt: null }, after: { status: "done", completedAt: "2026-11-21T14:02:00.000Z" } })).toEqual([
      "changed status from In progress to Done",
    ]);
  });

  it("describes several fields of one edit, most important first", () => {
    expect(
      say({
        action: "item.update",
        before: { title: "Old", assigneeId: null, priority: null, triagedAt: null, projectId: "p1", description: "a" },
        after: { title: "New", assigneeId: "u1", priority: "P1", triagedAt: "2026-11-21T14:02:00.000Z", projectId: "p2", description: "b" },
      }),
    ).toEqual(["set priority to P1", "changed title from 'Old' to 'New'", "edited the description", "set assignee to Eli Engineer", "changed project from Core to Web"]);
  });

  it("names cleared values and unknown people", () => {
    expect(say({ action: "item.update", before: { assigneeId: "gone", blockedReason: "vendor" }, after: { assigneeId: null, blockedReason: null } })).toEqual([
      "cleared blocked reason (was 'vendor')",
      "cleared assignee (was a former user)",
    ]);
  });

  it("says which metric rule a criterion follows, and why a metric ticked it", () => {
    const rule = { metricKey: "type_safety", comparator: "<", value: 50 };
    const entry = (r: unknown) => ({ acceptance: { text: "Pyright errors < 50", rule: r } });
    expect(say({ action: "item.criterion_link", before: entry(null), after: entry(rule) })).toEqual(["'Pyright errors < 50' now follows type_safety < 50"]);
    expect(say({ action: "item.criterion_unlink", before: entry(rule), after: entry(null) })).toEqual(["'Pyright errors < 50' no longer follows type_safety < 50"]);
    const [tick] = describeAudit(
      read({ action: "item.checklist_tick", before: { acceptance: { text: "Pyright errors < 50", done: false } }, after: { acceptance: { text: "Pyright errors < 50", done: true }, because: "type_safety < 50: 49 at 2026-12-04T14:02:00.000Z" } }),
      lookups,
    );
    expect(phraseText(tick!)).toBe("ticked 'Pyright errors < 50' because type_safety < 50: 49 at 2026-12-04T14:02:00.000Z");
    expect(tick!.at(-1)).toEqual({ kind: "time", iso: "2026-12-04T14:02:00.000Z" });
  });

  it("keeps due dates as times for the browser to format", () => {
    const [phrase] = describeAudit(read({ action: "item.update", before: { dueAt: null }, after: { dueAt: "2026-12-01T09:00:00.000Z" } }), lookups);
    expect(phrase).toEqual([{ kind: "text", text: "set due date to " }, { kind: "time", iso: "2026-12-01T09:00:00.000Z" }]);
  });

  it("formats effort, impact, severity and category like the rest of the app", () => {
    expect(say({ action: "item.update", before: { effortHours: 2, impact: 2, severity: "low", categoryPath: ["Ops"] }, after: { effortHours: 16, impact: 5, severity: "critical", categoryPath: ["Ops", "CI"] } })).toEqual([
      "changed severity from Low to Critical",
      "changed effort from 2 h to 2 d",
      "changed impact from 2 / 5 to 5 / 5",
      "changed category from Ops to Ops › CI",
    ]);
  });

  it("describes creation, checklist and link rows", () => {
    expect(say({ action: "item.create", before: null, after: { key: "T-1", title: "x" } })).toEqual(["created this item"]);
    expect(say({ action: "item.checklist_tick", before: { acceptance: { text: "Runbook reviewed", done: false } }, after: { acceptance: { text: "Runbook reviewed", done: true } } })).toEqual(["ticked 'Runbook reviewed'"]);
    expect(say({ action: "item.checklist_untick", before: { action: { text: "A", done: true } }, after: { action: { text: "A", done: false } } })).toEqual(["unticked 'A'"]);
    expect(say({ action: "item.checklist_add", before: null, after: { file: { text: "docs/x.md" } } })).toEqual(["added 'docs/x.md' to Files"]);
    expect(say({ action: "item.checklist_remove", before: { acceptance: { text: "B", done: false } }, after: null })).toEqual(["removed 'B' from Acceptance criteria"]);
    expect(say({ action: "item.link", before: null, after: { blocks: "P1-010" } })).toEqual(["marked it as blocking P1-010"]);
    expect(say({ action: "item.link", before: null, after: { relates: "web/T-2" } })).toEqual(["linked it to web/T-2"]);
    expect(say({ action: "item.unlink", before: { relates: "uuid" }, after: null })).toEqual(["removed a related-item link"]);
  });

  it("reads import rows (category arrays, checklist changes) and notes where they came from", () => {
    expect(say({ action: "item.import_update", before: { category: ["A"], checklist: [] }, after: { category: ["B"], checklist: [{ text: "x" }] } })).toEqual([
      "changed category from A to B",
      "updated the checklist",
    ]);
    expect(note("item.import_update")).toBe("re-import");
    expect(note("item.bulk_update")).toBe("bulk edit");
    expect(note("item.update")).toBeNull();
  });

  it("reads rows older versions wrote, and rows it cannot read as their action, without losing what happened", () => {
    // Created and deleted items whose snapshots predate today's fields (or hold none that read).
    expect(say({ action: "item.create", before: null, after: { title: "Harness runbook" } })).toEqual(["created this item"]);
    expect(say({ action: "item.create", before: null, after: null })).toEqual(["created this item"]);
    expect(say({ action: "item.delete", before: { id: "i", key: "T-1", title: "x", version: 3, updatedAt: "2026-11-21T14:02:00.000Z" }, after: null })).toEqual(["deleted this item"]);
    // An action no longer written (imports once recorded each created item): its fields, as stored.
    expect(say({ action: "item.import_create", before: null, after: { title: "x" } })).toEqual(["set title to 'x'"]);
    // A value no status is: not the typed record, but still shown as stored, with its note.
    expect(say({ action: "item.bulk_update", before: { status: "todo" }, after: { status: "done" } })).toEqual(["changed status from todo to Done"]);
    expect(note("item.bulk_update")).toBe("bulk edit");
    // A criterion whose stored rule does not read keeps its text; a tick's reason that is not one is left out.
    expect(say({ action: "item.criterion_unlink", before: { acceptance: { text: "p99 < 200", rule: { metricKey: "p99" } } }, after: { acceptance: { text: "p99 < 200", rule: null } } })).toEqual([
      "'p99 < 200' no longer follows a metric",
    ]);
    expect(say({ action: "item.checklist_tick", before: null, after: { file: { text: "a.md", done: true }, because: "the metric said so" } })).toEqual(["ticked 'a.md'"]);
    // A removed metric link stored no target id (metric links have no item or runbook).
    expect(say({ action: "item.unlink", before: { metric: null }, after: null })).toEqual(["removed a metric link"]);
  });

  it("never throws on odd rows", () => {
    expect(say({ action: "item.update", before: null, after: null })).toEqual(["saved without changes"]);
    expect(say({ action: "item.checklist_tick", before: null, after: "nonsense" })).toEqual(["ticked ''"]);
    expect(say({ action: "item.mystery", before: { x: 1 }, after: { x: 2 } })).toEqual(["changed x from 1 to 2"]);
    expect(say({ action: "item.update", before: { title: "t".repeat(200) }, after: { title: "short" } })[0]).toMatch(/^changed title from 't{79}…' to 'short'$/);
  });
});
