import type { AuditEntityType } from "./audit-payloads";
import { isItemRecord, noActionLeft, type AuditRecord } from "./audit-record";

// The other things an audit row names by id (an assignee, a project, a linked runbook…), so a
// reader can look every id of a page of rows up in one query per kind and say names, never ids.
// A switch over the actions, like the sentences (lib/screens/audit-text.ts): a new action that
// stores an id must say here which kind it is, or nothing names it.

/** The kinds of thing an audit row can name: the entity types that have ids of their own. */
export type RefKind = Extract<AuditEntityType, "item" | "project" | "runbook" | "metric" | "user" | "api_token" | "import" | "sla_policy">;
export type Ref = [kind: RefKind, id: string];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Only well-formed ids: a hand-made row's other strings are not looked up (the uuid columns would refuse them). */
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

const field = (side: unknown, name: string): unknown => (side && typeof side === "object" ? (side as Record<string, unknown>)[name] : undefined);
const refs = (kind: RefKind, ...values: unknown[]): Ref[] => values.filter(isUuid).map((id) => [kind, id]);

/** The entity kind an audit row's entity_type is, when it has ids to look up. */
export function refKindOf(entityType: string): RefKind | null {
  switch (entityType) {
    case "item":
    case "project":
    case "runbook":
    case "metric":
    case "user":
    case "api_token":
    case "import":
    case "sla_policy":
      return entityType;
    default:
      return null;
  }
}

/** The ids a row's payload names (not its own entity's: the row's entity_id is that). */
export function idsNamedBy(record: AuditRecord): Ref[] {
  if (record.action === "unreadable") {
    // Shown field by field: the assignee and project fields are still said by name.
    return [...refs("user", field(record.before, "assigneeId"), field(record.after, "assigneeId")), ...refs("project", field(record.before, "projectId"), field(record.after, "projectId"))];
  }
  if (isItemRecord(record)) {
    switch (record.action) {
      case "item.update":
      case "item.status":
      case "item.bulk_update":
        return [...refs("user", record.before.assigneeId, record.after.assigneeId), ...refs("project", record.before.projectId, record.after.projectId)];
      case "item.unlink":
        return [...refs("item", record.before.blocks, record.before.relates), ...refs("runbook", record.before.runbook), ...refs("metric", record.before.metric)];
      case "item.create":
      case "item.delete":
      case "item.import_update":
      case "item.import_missing":
      case "item.checklist_add":
      case "item.checklist_remove":
      case "item.checklist_tick":
      case "item.checklist_untick":
      case "item.criterion_link":
      case "item.criterion_unlink":
      case "item.link":
      case "item.comment_add":
      case "item.comment_edit":
      case "item.comment_delete":
      case "item.github":
        return [];
      default:
        noActionLeft(record);
        return [];
    }
  }
  switch (record.action) {
    case "runbook.create":
      return refs("item", record.after.linkItemId);
    case "runbook.save":
      return [...refs("user", record.before.ownerId, record.after.ownerId), ...refs("project", record.before.projectId, record.after.projectId)];
    case "runbook.link_item":
      return refs("item", record.after.itemId);
    case "runbook.unlink_item":
      return refs("item", record.before.itemId);
    case "runbook.link_metric":
      return refs("metric", record.after.metricId);
    case "runbook.unlink_metric":
      return refs("metric", record.before.metricId);
    case "metric.create":
      return refs("project", record.after.projectId);
    case "metric.update":
      return refs("project", record.before.projectId, record.after.projectId);
    case "metric.delete":
      return refs("project", record.before.projectId);
    case "sla_policy.create":
    case "sla_policy.update":
      return refs("project", record.after.projectId);
    case "import.create_items":
    case "project.create":
    case "sla_policy.import_create":
    case "sla_settings.update":
    case "runbook.restore":
    case "runbook.review":
    case "runbook.drill_start":
    case "runbook.drill_finish":
    case "metric.record":
    case "metric.remove_point":
    case "metric.import_create":
    case "user.create":
    case "user.role":
    case "user.enable":
    case "user.disable":
    case "user.password_reset":
    case "user.password_changed":
    case "user.time_zone":
    case "token.create":
    case "token.revoke":
    case "webhook.create":
    case "webhook.update":
    case "webhook.delete":
    case "webhook.test":
    case "webhook.redeliver":
    case "seed.large":
      return [];
    default:
      noActionLeft(record);
      return [];
  }
}
