import { describe, expect, it } from "vitest";
import { auditNote, describeAudit, phraseText, type AuditRow } from "./history-text";

const lookups = { users: { u1: "Eli Engineer" }, projects: { p1: "Core", p2: "Web" } };
const say = (row: AuditRow) => describeAudit(row, lookups).map(phraseText);

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
      { action: "item.checklist_tick", before: { acceptance: { text: "Pyright errors < 50", done: false } }, after: { acceptance: { text: "Pyright errors < 50", done: true }, because: "type_safety < 50: 49 at 2026-12-04T14:02:00.000Z" } },
      lookups,
    );
    expect(phraseText(tick!)).toBe("ticked 'Pyright errors < 50' because type_safety < 50: 49 at 2026-12-04T14:02:00.000Z");
    expect(tick!.at(-1)).toEqual({ kind: "time", iso: "2026-12-04T14:02:00.000Z" });
  });

  it("keeps due dates as times for the browser to format", () => {
    const [phrase] = describeAudit({ action: "item.update", before: { dueAt: null }, after: { dueAt: "2026-12-01T09:00:00.000Z" } }, lookups);
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
    expect(auditNote("item.import_update")).toBe("re-import");
    expect(auditNote("item.bulk_update")).toBe("bulk edit");
    expect(auditNote("item.update")).toBeNull();
  });

  it("never throws on odd rows", () => {
    expect(say({ action: "item.update", before: null, after: null })).toEqual(["saved without changes"]);
    expect(say({ action: "item.checklist_tick", before: null, after: "nonsense" })).toEqual(["ticked ''"]);
    expect(say({ action: "item.mystery", before: { x: 1 }, after: { x: 2 } })).toEqual(["changed x from 1 to 2"]);
    expect(say({ action: "item.update", before: { title: "t".repeat(200) }, after: { title: "short" } })[0]).toMatch(/^changed title from 't{79}…' to 'short'$/);
  });
});
