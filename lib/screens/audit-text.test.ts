import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/domain/audit-actions";
import { AUDIT_PAYLOADS, type AuditAfterInput, type AuditBeforeInput } from "@/lib/domain/audit-payloads";
import { readAuditRecord } from "@/lib/domain/audit-record";
import { auditNote, describeAudit, describeEvent, phraseText, subjectOf, type Lookups } from "./audit-text";

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
    ).toEqual(["set priority to P1 · High", "changed title from 'Old' to 'New'", "edited the description", "set assignee to Eli Engineer", "changed project from Core to Web"]);
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
    expect(say({ action: "item.github", before: { state: "open" }, after: { repo: "acme/api", number: 12, url: "u", title: "t", state: "merged" } })).toEqual(["pull request acme/api#12 was merged"]);
    expect(say({ action: "item.github", before: null, after: { repo: "acme/api", commit: "0123456789abcdef", url: "u", title: "Fixes P0-006", state: "pushed" } })).toEqual([
      "closed it by commit acme/api@0123456 'Fixes P0-006'",
    ]);
  });

  it("reads import rows (category arrays, checklist changes) and notes where they came from", () => {
    expect(say({ action: "item.import_update", before: { category: ["A"], checklist: [] }, after: { category: ["B"], checklist: [{ text: "x" }] } })).toEqual([
      "changed category from A to B",
      "updated the checklist: added 'x'",
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

// ---- The audit log: every action, with its subject named ----------------------------------------

const ID = {
  item: "11111111-1111-4111-8111-111111111111",
  other: "22222222-2222-4222-8222-222222222222",
  erin: "33333333-3333-4333-8333-333333333333",
  payments: "44444444-4444-4444-8444-444444444444",
  runbook: "55555555-5555-4555-8555-555555555555",
  metric: "66666666-6666-4666-8666-666666666666",
  token: "77777777-7777-4777-8777-777777777777",
};
const log: Lookups = {
  users: { [ID.erin]: "Erin Engineer" },
  projects: { [ID.payments]: "Payments" },
  things: {
    item: { [ID.item]: { label: "P0-006 'Add tracing'", href: "/backlog/health-todos/P0-006", context: "Health todos" }, [ID.other]: { label: "P1-010 'Rotate keys'", href: "/backlog/health-todos/P1-010" } },
    project: { [ID.payments]: { label: "Payments", href: "/backlog?project=payments" } },
    runbook: { [ID.runbook]: { label: "DB failover", href: "/runbooks/db-failover" } },
    metric: { [ID.metric]: { label: "error_rate", href: "/metrics/error_rate" } },
    user: { [ID.erin]: { label: "Erin Engineer", href: "/admin/users" } },
    api_token: { [ID.token]: { label: "'deploy'", href: "/admin/tokens" } },
    import: { imp: { label: "Payments", href: "/backlog?project=payments" } },
  },
};
const AT = "2026-12-01T09:00:00.000Z";
const user = (over: object = {}) => ({ email: "erin@example.com", name: "Erin Engineer", role: "engineer", disabled: false, ...over });
const metricDef = (over: { key?: string; target?: number; projectId?: string } = {}) => ({ key: "error_rate", name: "Error rate", unit: "%", direction: "lower_is_better" as const, target: 1, warningThreshold: 2, criticalThreshold: 5, projectId: null, description: "", ...over });
const policy = { label: "Critical", targetHours: 24, calendar: "calendar", ownership: "", trackingCadence: "", escalation: "" };

type Sample<A extends AuditAction> = { entityId: string; before: AuditBeforeInput<A> | null; after: AuditAfterInput<A> | null; says: string };
/** One row per action, typed by its payload: a new action in AUDIT_PAYLOADS does not compile until it has a row here. */
const SAMPLES: { [A in AuditAction]: Sample<A> } = {
  "item.create": { entityId: ID.item, before: null, after: { key: "P0-006", title: "Add tracing" }, says: "created P0-006 'Add tracing' (Health todos)" },
  "item.update": { entityId: ID.item, before: { assigneeId: null }, after: { assigneeId: ID.erin }, says: "set assignee of P0-006 'Add tracing' (Health todos) to Erin Engineer" },
  "item.status": {
    entityId: ID.item,
    before: { status: "in_progress", completedAt: null },
    after: { status: "done", completedAt: AT },
    says: "changed status of P0-006 'Add tracing' (Health todos) from In progress to Done",
  },
  "item.bulk_update": { entityId: ID.item, before: { priority: null }, after: { priority: "P1" }, says: "set priority of P0-006 'Add tracing' (Health todos) to P1 · High" },
  "item.delete": { entityId: "gone", before: { id: "gone", key: "P2-003", title: "Old chore" }, after: null, says: "deleted P2-003 'Old chore'" },
  "item.import_update": { entityId: ID.item, before: { severity: "low" }, after: { severity: "high" }, says: "changed severity of P0-006 'Add tracing' (Health todos) from Low to High" },
  "item.import_missing": { entityId: ID.item, before: { status: "not_started" }, after: { status: "wont_do" }, says: "changed status of P0-006 'Add tracing' (Health todos) from Not started to Won't do" },
  "item.checklist_add": { entityId: ID.item, before: null, after: { action: { text: "Page on-call" } }, says: "added 'Page on-call' to Action items of P0-006 'Add tracing' (Health todos)" },
  "item.checklist_remove": { entityId: ID.item, before: { file: { text: "a.md", done: false } }, after: null, says: "removed 'a.md' from Files of P0-006 'Add tracing' (Health todos)" },
  "item.checklist_tick": { entityId: ID.item, before: { action: { text: "A", done: false } }, after: { action: { text: "A", done: true } }, says: "ticked 'A' on P0-006 'Add tracing' (Health todos)" },
  "item.checklist_untick": { entityId: ID.item, before: { action: { text: "A", done: true } }, after: { action: { text: "A", done: false } }, says: "unticked 'A' on P0-006 'Add tracing' (Health todos)" },
  "item.criterion_link": {
    entityId: ID.item,
    before: { acceptance: { text: "Errors < 1", rule: null } },
    after: { acceptance: { text: "Errors < 1", rule: { metricKey: "error_rate", comparator: "<", value: 1 } } },
    says: "'Errors < 1' on P0-006 'Add tracing' (Health todos) now follows error_rate < 1",
  },
  "item.criterion_unlink": {
    entityId: ID.item,
    before: { acceptance: { text: "Errors < 1", rule: { metricKey: "error_rate", comparator: "<", value: 1 } } },
    after: { acceptance: { text: "Errors < 1", rule: null } },
    says: "'Errors < 1' on P0-006 'Add tracing' (Health todos) no longer follows error_rate < 1",
  },
  "item.link": { entityId: ID.item, before: null, after: { blocks: "P1-010" }, says: "marked P0-006 'Add tracing' (Health todos) as blocking P1-010" },
  "item.unlink": { entityId: ID.item, before: { relates: ID.other }, after: null, says: "removed a related-item link from P0-006 'Add tracing' (Health todos) to P1-010 'Rotate keys'" },
  "item.comment_add": { entityId: ID.item, before: null, after: { commentId: "c1", body: "Fixed in #12" }, says: "commented on P0-006 'Add tracing' (Health todos): 'Fixed in #12'" },
  "item.comment_edit": { entityId: ID.item, before: { commentId: "c1", body: "old" }, after: { commentId: "c1", body: "Fixed in #12" }, says: "edited a comment on P0-006 'Add tracing' (Health todos): 'Fixed in #12'" },
  "item.comment_delete": { entityId: ID.item, before: { commentId: "c1", body: "wrong item" }, after: null, says: "deleted a comment on P0-006 'Add tracing' (Health todos): 'wrong item'" },
  "item.github": {
    entityId: ID.item,
    before: null,
    after: { repo: "acme/api", number: 12, url: "https://github.com/acme/api/pull/12", title: "Retry deploys", state: "open" },
    says: "linked pull request acme/api#12 'Retry deploys' (open) to P0-006 'Add tracing' (Health todos)",
  },
  "import.create_items": { entityId: "imp", before: null, after: { fileName: "plan.md", created: 42 }, says: "imported 42 items from 'plan.md' into Payments" },
  "project.create": { entityId: ID.payments, before: null, after: { slug: "payments", name: "Payments" }, says: "created project Payments" },
  "sla_policy.create": {
    entityId: "p",
    before: null,
    after: { ...policy, projectId: ID.payments, priority: "P0", itemsMoved: 3 },
    says: "created the P0 · Critical SLA policy for Payments: 1 day, calendar days | moved 3 due dates to match",
  },
  "sla_policy.update": {
    entityId: "p",
    before: policy,
    after: { ...policy, targetHours: 48, projectId: null, priority: "P0", itemsMoved: 0 },
    says: "changed the P0 · Critical SLA policy (workspace default) | changed target from 1 day to 2 days",
  },
  "sla_policy.import_create": { entityId: "p", before: null, after: { priority: "P1", targetHours: 72 }, says: "created the P1 · High SLA policy from an import: 3 days" },
  "sla_settings.update": {
    entityId: "workspace",
    before: { timeZone: "UTC", atRiskShare: 0.25 },
    after: { timeZone: "Europe/Berlin", atRiskShare: 0.25, itemsMoved: 2 },
    says: "changed the SLA settings | changed time zone from UTC to Europe/Berlin | moved 2 due dates to match",
  },
  "runbook.create": { entityId: ID.runbook, before: null, after: { slug: "db-failover", title: "DB failover", linkItemId: ID.item }, says: "created runbook DB failover from P0-006 'Add tracing' (Health todos)" },
  "runbook.save": { entityId: ID.runbook, before: { ownerId: null }, after: { ownerId: ID.erin, revision: 3 }, says: "saved DB failover as revision 3 | set owner to Erin Engineer" },
  "runbook.restore": { entityId: ID.runbook, before: null, after: { from: 2, revision: 4 }, says: "restored DB failover to revision 2 (now revision 4)" },
  "runbook.review": { entityId: ID.runbook, before: null, after: { revision: 3, note: "Checked" }, says: "reviewed DB failover at revision 3 | note: 'Checked'" },
  "runbook.link_item": { entityId: ID.runbook, before: null, after: { itemId: ID.item }, says: "linked DB failover to P0-006 'Add tracing' (Health todos)" },
  "runbook.unlink_item": { entityId: ID.runbook, before: { itemId: "gone" }, after: null, says: "unlinked DB failover from a deleted item" },
  "runbook.link_metric": { entityId: ID.runbook, before: null, after: { metricId: ID.metric }, says: "linked DB failover to metric error_rate" },
  "runbook.unlink_metric": { entityId: ID.runbook, before: { metricId: ID.metric }, after: null, says: "unlinked DB failover from metric error_rate" },
  "runbook.drill_start": { entityId: ID.runbook, before: null, after: { drillId: "d", scenario: "Primary down" }, says: "started a drill of DB failover: 'Primary down'" },
  "runbook.drill_finish": { entityId: ID.runbook, before: null, after: { drillId: "d", outcome: "passed" }, says: "finished a drill of DB failover: 'passed'" },
  "metric.create": { entityId: ID.metric, before: null, after: metricDef(), says: "created metric error_rate with target 1 %" },
  "metric.update": { entityId: ID.metric, before: metricDef(), after: metricDef({ target: 0.5, projectId: ID.payments }), says: "changed metric error_rate | changed target from 1 to 0.5 | set project to Payments" },
  "metric.delete": { entityId: "gone", before: { ...metricDef({ key: "old_rate" }), points: 12 }, after: null, says: "deleted metric old_rate and its 12 values" },
  "metric.record": { entityId: ID.metric, before: null, after: { count: 3, source: "api", first: AT, last: AT }, says: "recorded 3 values of error_rate via api" },
  "metric.remove_point": { entityId: ID.metric, before: { value: 7, recordedAt: AT, source: "manual", note: "" }, after: null, says: `removed the value 7 recorded ${AT} from error_rate` },
  "metric.import_create": { entityId: ID.metric, before: null, after: { key: "error_rate", target: 1 }, says: "created metric error_rate from an import, with target 1" },
  "user.create": { entityId: ID.erin, before: null, after: user(), says: "added Erin Engineer (erin@example.com) as engineer" },
  "user.role": { entityId: ID.erin, before: user(), after: user({ role: "lead" }), says: "changed the role of Erin Engineer from engineer to lead" },
  "user.enable": { entityId: ID.erin, before: user({ disabled: true }), after: user(), says: "enabled Erin Engineer" },
  "user.disable": { entityId: ID.erin, before: user(), after: user({ disabled: true }), says: "disabled Erin Engineer" },
  "user.password_reset": { entityId: ID.erin, before: null, after: null, says: "reset the password of Erin Engineer" },
  "user.password_changed": { entityId: ID.erin, before: null, after: { endedSessions: 2 }, says: "changed the password of Erin Engineer (ended 2 other sessions)" },
  "user.time_zone": { entityId: ID.erin, before: { timeZone: null }, after: { timeZone: "Pacific/Auckland" }, says: "changed the time zone of Erin Engineer from the browser's to Pacific/Auckland" },
  "token.create": { entityId: ID.token, before: null, after: { name: "deploy", prefix: "hb_1", scopes: ["metrics:write"], expiresAt: null }, says: "created API token 'deploy' (metrics:write; never expires)" },
  "token.revoke": { entityId: "gone", before: { name: "old-ci", prefix: "hb_2" }, after: null, says: "revoked API token 'old-ci'" },
  "webhook.create": {
    entityId: "w1",
    before: null,
    after: { url: "https://hooks.example.com/hb", description: "", format: "json", events: ["item.created", "item.status_changed"], enabled: true },
    says: "registered webhook https://hooks.example.com/hb for item.created, item.status_changed",
  },
  "webhook.update": {
    entityId: "w1",
    before: { events: ["item.created"], enabled: true },
    after: { url: "https://hooks.example.com/hb", events: ["comment.created"], enabled: false, secretRotated: true },
    says: "changed webhook https://hooks.example.com/hb: events, enabled, secret",
  },
  "webhook.delete": {
    entityId: "w1",
    before: { url: "https://hooks.example.com/hb", description: "", format: "slack", events: ["item.overdue"], enabled: true },
    after: null,
    says: "deleted webhook https://hooks.example.com/hb",
  },
  "webhook.test": { entityId: "w1", before: null, after: { url: "https://hooks.example.com/hb", eventId: "e1" }, says: "sent a test event to webhook https://hooks.example.com/hb" },
  "webhook.redeliver": {
    entityId: "w1",
    before: null,
    after: { url: "https://hooks.example.com/hb", eventId: "e1", eventType: "item.updated" },
    says: "redelivered item.updated to webhook https://hooks.example.com/hb",
  },
  "seed.large": {
    entityId: "workspace",
    before: null,
    after: { projects: 2, items: 1000, checklist: 1, comments: 0, seed: 1, reset: false, replacedProjects: 0 },
    says: "generated demo data: 2 projects, 1,000 items, 1 checklist entry, 0 comments",
  },
};

/** A stored row of the sample, read back and worded as the audit log words it; lines joined by " | ". */
function sentenceOf(action: AuditAction) {
  const sample = SAMPLES[action] as Sample<AuditAction>;
  const entityType = AUDIT_PAYLOADS[action].entity;
  const record = readAuditRecord({ action, entityType, ...(JSON.parse(JSON.stringify({ before: sample.before, after: sample.after })) as { before: unknown; after: unknown }) });
  const sentence = describeEvent(record, log, subjectOf({ entityType, entityId: sample.entityId, record }, log));
  return { record, sentence, text: [sentence.head, ...sentence.details].map(phraseText).join(" | ") };
}

describe("audit log sentences", () => {
  it.each(AUDIT_ACTIONS.map((a) => [a]))("%s reads as its action and says what happened, in words", (action) => {
    const { record, text } = sentenceOf(action);
    expect(record.action).toBe(action);
    expect(text).toBe(SAMPLES[action].says);
    // Names, never ids (the lookups knew every id the row holds).
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("links the things it names and marks the item's key and title as one link", () => {
    const { sentence } = sentenceOf("item.update");
    expect(sentence.head).toContainEqual({ kind: "link", text: "P0-006 'Add tracing'", href: "/backlog/health-todos/P0-006" });
  });

  it("names several fields of one edit under one headline", () => {
    const record = readAuditRecord({ action: "item.update", entityType: "item", before: { status: "not_started", assigneeId: null }, after: { status: "in_progress", assigneeId: ID.erin } });
    const sentence = describeEvent(record, log, subjectOf({ entityType: "item", entityId: ID.item, record }, log));
    expect(phraseText(sentence.head)).toBe("made 2 changes to P0-006 'Add tracing' (Health todos)");
    expect(sentence.details.map(phraseText)).toEqual(["changed status from Not started to In progress", "set assignee to Erin Engineer"]);
  });

  it("clips long text and keeps the whole of it for a disclosure", () => {
    const long = "word ".repeat(40).trim();
    const record = readAuditRecord({ action: "item.update", entityType: "item", before: { title: "Short" }, after: { title: long } });
    const [phrase] = describeAudit(record, log);
    expect(phraseText(phrase!)).toMatch(/^changed title from 'Short' to 'word( word)*…'$/);
    expect(phrase!.at(-1)).toEqual({ kind: "diff", before: "Short", after: long });
    const description = describeAudit(readAuditRecord({ action: "item.update", entityType: "item", before: { description: "a" }, after: { description: "a\nb" } }), log);
    expect(description).toEqual([[{ kind: "text", text: "edited the description" }, { kind: "diff", before: "a", after: "a\nb" }]]);
  });

  it("says a re-imported checklist in short, never as JSON", () => {
    const entry = (text: string, done: boolean) => ({ kind: "action", text, done });
    const record = readAuditRecord({ action: "item.import_update", entityType: "item", before: { checklist: [entry("A", false), entry("B", false)] }, after: { checklist: [entry("A", true), entry("C", false)] } });
    expect(describeAudit(record, log).map(phraseText)).toEqual(["updated the checklist: added 'C', removed 'B', ticked 'A'"]);
  });

  it("words a row it cannot read by its stored action and fields, without JSON", () => {
    const record = readAuditRecord({ action: "item.renamed", entityType: "item", before: { tags: ["a"] }, after: { tags: ["a", "b"], meta: { x: 1 } } });
    const { head, details } = describeEvent(record, log, subjectOf({ entityType: "item", entityId: ID.item, record }, log));
    expect([head, ...details].map(phraseText)).toEqual(["recorded item.renamed on P0-006 'Add tracing' (Health todos)", "changed tags from a to a, b", "set meta to x: 1"]);
  });

  it("names a thing that is gone by the label its row kept, or by what it was", () => {
    const record = readAuditRecord({ action: "item.status", entityType: "item", before: { status: "done" }, after: { status: "in_progress" } });
    expect(phraseText(subjectOf({ entityType: "item", entityId: "gone", record }, log))).toBe("a deleted item");
  });
});
