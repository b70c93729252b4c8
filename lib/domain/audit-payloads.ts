import { z } from "zod";
import type { AuditAction } from "./audit-actions";
import { CHECKLIST_KINDS, METRIC_DIRECTIONS, PRIORITIES, SEVERITIES, STATUSES, type ChecklistKind, type LinkKind } from "./items";

// What each kind of history row stores: the entity it is about and its `before` and `after` JSON.
// One schema per side serves both directions: its input type is what appendAudit and the item
// writer accept (so a writer storing another shape does not compile), and reading a stored row
// back (./audit-record.ts) validates against it, since rows written by older versions are
// untrusted. Where a reader can do without a detail, the schema `.catch`es it; otherwise a row
// that does not match reads as "unreadable" and is shown field by field, never thrown.

/** A moment: written as a Date (JSON keeps its ISO string) or that string; read back as the string. */
const time = z.union([z.string(), z.date().transform((d) => d.toISOString())]);

/** A side the action leaves empty: written as nothing (stored as null), read as null whatever is there. */
const nothing = z.null().catch(null);

/**
 * An item's fields as its history records them, in the order a conflict report lists them. The
 * item writer's TRACKED list is these keys (lib/backlog/writer/items.ts checks them against the table).
 */
const itemFields = {
  title: z.string(),
  description: z.string(),
  categoryPath: z.array(z.string()),
  priority: z.enum(PRIORITIES).nullable(),
  status: z.enum(STATUSES),
  blockedReason: z.string().nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  effortHours: z.number().nullable(),
  impact: z.number().nullable(),
  assigneeId: z.string().nullable(),
  dueAt: time.nullable(),
  dueOverrideReason: z.string().nullable(),
  projectId: z.string(),
  startedAt: time.nullable(),
  completedAt: time.nullable(),
  triagedAt: time.nullable(),
  slaStartedAt: time.nullable(),
};
type ItemHistoryField = keyof typeof itemFields;
export const ITEM_HISTORY_FIELDS = Object.keys(itemFields) as ItemHistoryField[];

/**
 * The fields one change touched, as they were (`before`) and became (`after`). Strict: every field
 * of such a row is shown, so one this version does not know makes the row unreadable (and shown as
 * stored) rather than silently dropped.
 */
const changedFields = z.strictObject(itemFields).partial();

/** A whole item when it was created or deleted. Nothing reads its fields back; any that do not read are left out. */
const itemSnapshot = z.object({ key: z.string(), ...itemFields }).partial().catch({});
const deletedItem = z.object({ id: z.string(), key: z.string(), version: z.number(), updatedAt: z.string(), ...itemFields }).partial().catch({});

/** The document's fields a re-import changed (lib/importer/plan.ts): its category and checklist, not the item's. */
const importedFields = z
  .strictObject({
    title: itemFields.title,
    description: itemFields.description,
    category: z.array(z.string()),
    priority: itemFields.priority,
    priorityLabel: z.string().nullable(),
    status: itemFields.status,
    severity: itemFields.severity,
    effortHours: itemFields.effortHours,
    impact: itemFields.impact,
    checklist: z.array(z.object({ kind: z.enum(CHECKLIST_KINDS), text: z.string(), done: z.boolean() })),
  })
  .partial();

/** `{ [kind]: entry }`: the checklist entry a row is about, under its list's name. */
const inList = <E extends z.ZodType>(entry: E) => ({ acceptance: entry.optional(), action: entry.optional(), file: entry.optional() }) satisfies Record<ChecklistKind, z.ZodType>;
const listed = z.object({ text: z.string() });
const ticked = z.object({ text: z.string(), done: z.boolean() });
/** A side that does not read names no entry (the history then says "ticked ''" rather than failing). */
const entrySide = z.object(inList(ticked)).catch({});
const tickSide = z.object({ ...inList(ticked), because: z.string().optional().catch(undefined) }).catch({});
/**
 * A criterion and the metric rule it follows, as checklist_items.metric_rule stores it
 * (lib/backlog/metric-rule.ts knows the comparators: readers call its readRule). A rule that does
 * not read is no rule.
 */
const rule = z.object({ metricKey: z.string(), comparator: z.string(), value: z.number() });
const criterion = z.object({ acceptance: z.object({ text: z.string(), rule: rule.nullable().catch(null) }).optional() }).catch({});

/** `{ [kind]: target }`: a link's other end, as typed for a new link ("P1-010") and as the id it held when removed. */
const links = <T extends z.ZodType>(target: T) => ({ blocks: target.optional(), relates: target.optional(), runbook: target.optional(), metric: target.optional() }) satisfies Record<LinkKind, z.ZodType>;
const linkAdded = z.object(links(z.string())).catch({});
const linkRemoved = z.object(links(z.string().nullable())).catch({});

const userSnapshot = z.object({ email: z.string(), name: z.string(), role: z.string(), disabled: z.boolean() });
const metricDefinition = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(METRIC_DIRECTIONS),
  target: z.number().nullable(),
  warningThreshold: z.number().nullable(),
  criticalThreshold: z.number().nullable(),
  projectId: z.string().nullable(),
  description: z.string(),
});
const policyValues = z.object({ label: z.string(), targetHours: z.number(), calendar: z.string(), ownership: z.string(), trackingCadence: z.string(), escalation: z.string() });
const policySaved = policyValues.extend({ projectId: z.string().nullable(), priority: z.enum(PRIORITIES), itemsMoved: z.number() });
const slaSettings = z.object({ timeZone: z.string(), atRiskShare: z.number() });
/** A runbook's metadata fields a save changed (the body is a revision of its own). */
const runbookMeta = z
  .object({ title: z.string(), service: z.string(), ownerId: z.string().nullable(), projectId: z.string().nullable(), reviewIntervalDays: z.number(), draft: z.boolean() })
  .partial();

/** A comment's body as it was before an edit or a deletion, and after an edit. */
const commentSide = z.object({ commentId: z.string(), body: z.string() });

/**
 * A GitHub pull request (`number`) or default-branch commit (`commit`, its sha) naming the item:
 * linked (before null) or its state changed (before: the state it had). "pushed" is a commit's.
 */
const githubRef = z.object({
  repo: z.string(),
  number: z.number().optional(),
  commit: z.string().optional(),
  url: z.string(),
  title: z.string(),
  state: z.enum(["open", "closed", "merged", "pushed"]),
});

/** A webhook endpoint as the log shows it (never its secret). */
const webhookSide = z.object({ url: z.string(), description: z.string(), format: z.string(), events: z.array(z.string()), enabled: z.boolean() });

const row = <E extends string, B extends z.ZodType, A extends z.ZodType>(entity: E, before: B, after: A) => ({ entity, before, after });

/** Every action's entity type and payload schemas; `satisfies` makes a new action one edit here. */
export const AUDIT_PAYLOADS = {
  // Items (lib/backlog/writer)
  "item.create": row("item", nothing, itemSnapshot),
  "item.update": row("item", changedFields, changedFields),
  "item.status": row("item", changedFields, changedFields),
  "item.bulk_update": row("item", changedFields, changedFields),
  "item.delete": row("item", deletedItem, nothing),
  "item.import_update": row("item", importedFields, importedFields),
  "item.import_missing": row("item", z.strictObject({ status: itemFields.status }), z.strictObject({ status: z.literal("wont_do") })),
  "item.checklist_add": row("item", nothing, z.object(inList(listed)).catch({})),
  "item.checklist_remove": row("item", entrySide, nothing),
  "item.checklist_tick": row("item", entrySide, tickSide),
  "item.checklist_untick": row("item", entrySide, tickSide),
  "item.criterion_link": row("item", criterion, criterion),
  "item.criterion_unlink": row("item", criterion, criterion),
  "item.link": row("item", nothing, linkAdded),
  "item.unlink": row("item", linkRemoved, nothing),
  "item.comment_add": row("item", nothing, commentSide),
  "item.comment_edit": row("item", commentSide, commentSide),
  "item.comment_delete": row("item", commentSide, nothing),
  "item.github": row("item", z.object({ state: githubRef.shape.state }).nullable().catch(null), githubRef),
  // Imports and projects
  "import.create_items": row("import", nothing, z.object({ fileName: z.string(), created: z.number() })),
  "project.create": row("project", nothing, z.object({ slug: z.string(), name: z.string() })),
  // SLA
  "sla_policy.create": row("sla_policy", nothing, policySaved),
  "sla_policy.update": row("sla_policy", policyValues, policySaved),
  "sla_policy.import_create": row("sla_policy", nothing, z.object({ priority: z.enum(PRIORITIES), targetHours: z.number().nullable() })),
  "sla_settings.update": row("sla_settings", slaSettings, slaSettings.extend({ itemsMoved: z.number() })),
  // Runbooks
  "runbook.create": row("runbook", nothing, z.object({ slug: z.string(), title: z.string(), linkItemId: z.string().optional() })),
  "runbook.save": row("runbook", runbookMeta, runbookMeta.extend({ revision: z.number().optional() })),
  "runbook.restore": row("runbook", nothing, z.object({ from: z.number(), revision: z.number() })),
  "runbook.review": row("runbook", nothing, z.object({ revision: z.number(), note: z.string() })),
  "runbook.link_item": row("runbook", nothing, z.object({ itemId: z.string() })),
  "runbook.unlink_item": row("runbook", z.object({ itemId: z.string() }), nothing),
  "runbook.link_metric": row("runbook", nothing, z.object({ metricId: z.string() })),
  "runbook.unlink_metric": row("runbook", z.object({ metricId: z.string() }), nothing),
  "runbook.drill_start": row("runbook", nothing, z.object({ drillId: z.string(), scenario: z.string() })),
  "runbook.drill_finish": row("runbook", nothing, z.object({ drillId: z.string(), outcome: z.string() })),
  // Metrics
  "metric.create": row("metric", nothing, metricDefinition),
  "metric.update": row("metric", metricDefinition, metricDefinition),
  "metric.delete": row("metric", metricDefinition.extend({ points: z.number() }), nothing),
  "metric.record": row("metric", nothing, z.object({ count: z.number(), source: z.string(), first: z.string(), last: z.string(), value: z.number().optional() })),
  "metric.remove_point": row("metric", z.object({ value: z.number(), recordedAt: time, source: z.string(), note: z.string() }), nothing),
  "metric.import_create": row("metric", nothing, z.object({ key: z.string(), target: z.number() })),
  // People and tokens (the demo seed creates users without `disabled`)
  "user.create": row("user", nothing, userSnapshot.partial({ disabled: true })),
  "user.role": row("user", userSnapshot, userSnapshot),
  "user.enable": row("user", userSnapshot, userSnapshot),
  "user.disable": row("user", userSnapshot, userSnapshot),
  "user.password_reset": row("user", nothing, nothing),
  "user.password_changed": row("user", nothing, z.object({ endedSessions: z.number() })),
  "user.time_zone": row("user", z.object({ timeZone: z.string().nullable() }), z.object({ timeZone: z.string().nullable() })),
  "token.create": row("api_token", nothing, z.object({ name: z.string(), prefix: z.string(), scopes: z.array(z.string()), expiresAt: time.nullable() })),
  "token.revoke": row("api_token", z.object({ name: z.string(), prefix: z.string() }), nothing),
  // Webhooks (lib/webhooks/endpoint-service.ts)
  "webhook.create": row("webhook", nothing, webhookSide),
  // `after.url` is always the endpoint's address (the log names a webhook by it), changed or not.
  "webhook.update": row("webhook", webhookSide.partial(), webhookSide.partial().extend({ url: z.string(), secretRotated: z.boolean().optional() })),
  "webhook.delete": row("webhook", webhookSide, nothing),
  "webhook.test": row("webhook", nothing, z.object({ url: z.string(), eventId: z.string() })),
  "webhook.redeliver": row("webhook", nothing, z.object({ url: z.string(), eventId: z.string(), eventType: z.string() })),
  // Demo data (db/demo/large.ts)
  "seed.large": row(
    "workspace",
    nothing,
    z.object({ projects: z.number(), items: z.number(), checklist: z.number(), comments: z.number(), seed: z.number(), reset: z.boolean(), replacedProjects: z.number() }),
  ),
} satisfies Record<AuditAction, { entity: string; before: z.ZodType; after: z.ZodType }>;

type Payloads = typeof AUDIT_PAYLOADS;

/** The entity an action is about ("item", "runbook", …): audit_log.entity_type. */
export type AuditEntityType<A extends AuditAction = AuditAction> = Payloads[A]["entity"];
export const AUDIT_ENTITY_TYPES = [...new Set(Object.values(AUDIT_PAYLOADS).map((p) => p.entity))] as [AuditEntityType, ...AuditEntityType[]];

/** What a writer passes as the sides of an action's row (Dates where the JSON holds their ISO string). */
export type AuditBeforeInput<A extends AuditAction> = z.input<Payloads[A]["before"]>;
export type AuditAfterInput<A extends AuditAction> = z.input<Payloads[A]["after"]>;
/** What a reader gets back from a stored row of that action. */
export type AuditBefore<A extends AuditAction> = z.output<Payloads[A]["before"]>;
export type AuditAfter<A extends AuditAction> = z.output<Payloads[A]["after"]>;

/** A side is optional to write when the action may leave it empty. */
type Side<K extends "before" | "after", T> = null extends T ? { [P in K]?: T } : { [P in K]: T };

/**
 * One history row's content: its action, the entity it is about, and the sides that action
 * stores. Distributes over a union of actions, so `action: done ? "…tick" : "…untick"` checks both.
 */
export type AuditEvent<A extends AuditAction = AuditAction> = A extends AuditAction
  ? { action: A; entityType: AuditEntityType<A>; entityId: string } & Side<"before", AuditBeforeInput<A>> & Side<"after", AuditAfterInput<A>>
  : never;

/** The sides of an action's row alone (a batch writer fills in the action and entity). */
export type AuditSides<A extends AuditAction> = A extends AuditAction ? Side<"before", AuditBeforeInput<A>> & Side<"after", AuditAfterInput<A>> : never;

/** `{ [kind]: entry }` with its entry type kept (a computed key alone would make it an unchecked index signature). */
export const inChecklist = <E>(kind: ChecklistKind, entry: E) => ({ [kind]: entry }) as { [K in ChecklistKind]?: E };
/** `{ [kind]: target }`, likewise. */
export const toLink = <T>(kind: LinkKind, target: T) => ({ [kind]: target }) as { [K in LinkKind]?: T };
