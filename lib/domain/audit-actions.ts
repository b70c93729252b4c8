// Every kind of history row, named once: appendAudit and the item writer take an AuditAction, not a
// string, so a writer cannot invent a spelling the readers do not know. What each one stores is in
// ./audit-payloads.ts; ./audit-record.ts reads a stored row back as a union the history views
// (lib/screens/audit-text.ts, lib/dashboard/priority-history.ts) switch on.

export const AUDIT_ACTIONS = [
  // Items (lib/backlog/writer)
  "item.create",
  "item.update",
  "item.status",
  "item.bulk_update",
  "item.delete",
  "item.import_update",
  "item.import_missing",
  "item.checklist_add",
  "item.checklist_remove",
  "item.checklist_tick",
  "item.checklist_untick",
  "item.criterion_link",
  "item.criterion_unlink",
  "item.link",
  "item.unlink",
  "item.comment_add",
  "item.comment_edit",
  "item.comment_delete",
  // A GitHub pull request or commit naming the item (lib/integrations)
  "item.github",
  // Imports and projects
  "import.create_items",
  "project.create",
  // SLA
  "sla_policy.create",
  "sla_policy.update",
  "sla_policy.import_create",
  "sla_settings.update",
  // Runbooks
  "runbook.create",
  "runbook.save",
  "runbook.restore",
  "runbook.review",
  "runbook.link_item",
  "runbook.unlink_item",
  "runbook.link_metric",
  "runbook.unlink_metric",
  "runbook.drill_start",
  "runbook.drill_finish",
  // Metrics
  "metric.create",
  "metric.update",
  "metric.delete",
  "metric.record",
  "metric.remove_point",
  "metric.import_create",
  // People and tokens
  "user.create",
  "user.role",
  "user.enable",
  "user.disable",
  "user.password_reset",
  "user.password_changed",
  "user.time_zone",
  "token.create",
  "token.revoke",
  // Webhooks (lib/webhooks)
  "webhook.create",
  "webhook.update",
  "webhook.delete",
  "webhook.test",
  "webhook.redeliver",
  // Demo data (db/demo/large.ts)
  "seed.large",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The item writer's actions: what an item's history entry can say happened to it. */
export type ItemAuditAction = Extract<AuditAction, `item.${string}`>;
