import { sql } from "drizzle-orm";
import { ACTOR_KINDS, ROLES } from "@/lib/domain/actors";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { CHECKLIST_KINDS, CLOSED_PREDICATE, LINK_KINDS, METRIC_DIRECTIONS, OPEN_PREDICATE, PRIORITIES, SEVERITIES, STATUSES } from "@/lib/domain/items";
import {
  bigserial,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const roleEnum = pgEnum("role", ROLES);
export const actorKindEnum = pgEnum("actor_kind", ACTOR_KINDS);
// The item enums' values are the domain's lists (lib/domain/items.ts): one definition.
export const priorityEnum = pgEnum("priority", PRIORITIES);
export const itemStatusEnum = pgEnum("item_status", STATUSES);
export const severityEnum = pgEnum("severity", SEVERITIES);
export const checklistKindEnum = pgEnum("checklist_kind", CHECKLIST_KINDS);
export const linkKindEnum = pgEnum("link_kind", LINK_KINDS);
export const slaCalendarEnum = pgEnum("sla_calendar", ["calendar", "business"]);
export const metricDirectionEnum = pgEnum("metric_direction", METRIC_DIRECTIONS);
export const drillOutcomeEnum = pgEnum("drill_outcome", ["passed", "failed", "aborted"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index makes sign-in lookups exact.
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull().default("viewer"),
    disabled: boolean("disabled").notNull().default(false),
    // Bumped on disable, role change and password reset: older sessions stop being accepted.
    sessionVersion: integer("session_version").notNull().default(1),
    // The IANA zone the user chose to read times in; null = their browser's.
    timeZone: text("time_zone"),
    // The backlog columns the user chose to show (true) or hide (false), by column id
    // (lib/backlog/columns.ts); a column not named follows the default for the table's width.
    // Null = every column follows the default.
    backlogColumns: jsonb("backlog_columns").$type<Record<string, boolean>>(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), check("users_email_lower", sql`${t.email} = lower(${t.email})`)],
);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("projects_slug_key").on(t.slug)],
);

export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentHash: text("content_hash").notNull(),
    detectedShape: text("detected_shape").notNull(),
    counts: jsonb("counts").notNull().default({}),
    report: jsonb("report").notNull().default({}),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("imports_project_idx").on(t.projectId, t.createdAt)],
);

export const backlogItems = pgTable(
  "backlog_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    categoryPath: text("category_path").array().notNull().default(sql`'{}'::text[]`),
    priority: priorityEnum("priority"),
    priorityLabel: text("priority_label"),
    status: itemStatusEnum("status").notNull().default("not_started"),
    blockedReason: text("blocked_reason"),
    severity: severityEnum("severity"),
    effortHours: doublePrecision("effort_hours"),
    impact: smallint("impact"),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    dueAt: timestamp("due_at", { withTimezone: true }),
    dueOverrideReason: text("due_override_reason"),
    triagedAt: timestamp("triaged_at", { withTimezone: true }),
    // When the current SLA window opened: triage, the last priority change or a reopen.
    slaStartedAt: timestamp("sla_started_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    // Natural key order ("T-2" before "T-10"): the key without its trailing number, then the number.
    keyPrefix: text("key_prefix").generatedAlwaysAs(sql`regexp_replace(key, '[0-9]+$', '')`),
    keyNumber: numeric("key_number").generatedAlwaysAs(sql`nullif(substring(key from '([0-9]+)$'), '')::numeric`),
    // Who made the latest change (with updated_at, the "changed by <name> at <time>" of a conflict).
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    // The item's checklist texts, kept by a statement-level trigger on checklist_items so the
    // search vector below (a generated column cannot read other tables) covers them too.
    checklistText: text("checklist_text").notNull().default(""),
    sourceImportId: uuid("source_import_id").references(() => imports.id, { onDelete: "set null" }),
    sourceLine: integer("source_line"),
    // What the last import read for this item; re-imports apply only what the document changed since.
    importSnapshot: jsonb("import_snapshot"),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      // 'simple' (no stemming) so prefix queries match partial words: "deplo" finds "deployments".
      sql`setweight(to_tsvector('simple', coalesce(key, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'C') || setweight(to_tsvector('simple', coalesce(checklist_text, '')), 'D')`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("backlog_items_project_key").on(t.projectId, t.key),
    index("backlog_items_priority_status_idx").on(t.priority, t.status),
    index("backlog_items_project_status_idx").on(t.projectId, t.status, t.priority),
    index("backlog_items_assignee_idx").on(t.assigneeId, t.status),
    index("backlog_items_due_idx").on(t.dueAt).where(sql.raw(OPEN_PREDICATE)),
    index("backlog_items_updated_idx").on(t.updatedAt),
    index("backlog_items_search_idx").using("gin", t.searchVector),
    // Default backlog order (priority, then key) and the triage inbox (untriaged, oldest first).
    index("backlog_items_priority_key_idx").on(t.priority, t.keyPrefix, t.keyNumber, t.id),
    // SLA counts per priority on the matrix (migration 0006 adds INCLUDE of the window-start columns,
    // which drizzle cannot express, so the counts are index-only scans).
    index("backlog_items_open_sla_idx").on(t.priority, t.dueAt).where(sql.raw(OPEN_PREDICATE)),
    // SLA compliance over the last 30/90 days (migration 0007 adds INCLUDE (priority, due_at)).
    index("backlog_items_closed_idx").on(t.completedAt).where(sql.raw(CLOSED_PREDICATE)),
    index("backlog_items_untriaged_idx").on(t.createdAt).where(sql.raw(`priority is null and ${OPEN_PREDICATE}`)),
    check("backlog_items_impact_range", sql`${t.impact} between 1 and 5`),
    check("backlog_items_effort_nonneg", sql`${t.effortHours} >= 0`),
  ],
);

export const checklistItems = pgTable(
  "checklist_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => backlogItems.id, { onDelete: "cascade" }),
    kind: checklistKindEnum("kind").notNull(),
    text: text("text").notNull(),
    done: boolean("done").notNull().default(false),
    position: integer("position").notNull(),
    // e.g. { metricKey: "pyright_errors", comparator: "<", value: 50 }; the metrics issue evaluates it.
    metricRule: jsonb("metric_rule"),
    // True for entries that came from an imported document (re-imports may remove those, never others).
    fromImport: boolean("from_import").notNull().default(false),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("checklist_items_item_idx").on(t.itemId, t.kind, t.position),
    // A recorded value finds the criteria that follow its metric without reading every checklist.
    index("checklist_items_metric_rule_idx").on(sql`(${t.metricRule}->>'metricKey')`).where(sql`${t.metricRule} is not null`),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => backlogItems.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    // Set when the author (or a lead) edits it: the comment shows "edited"; each body is in the audit log.
    editedAt: timestamp("edited_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("comments_item_idx").on(t.itemId, t.createdAt)],
);

export const slaPolicies = pgTable(
  "sla_policies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // null = the workspace default a project falls back to.
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
    priority: priorityEnum("priority").notNull(),
    label: text("label").notNull(),
    targetHours: integer("target_hours").notNull(),
    calendar: slaCalendarEnum("calendar").notNull().default("calendar"),
    ownership: text("ownership").notNull().default(""),
    trackingCadence: text("tracking_cadence").notNull().default(""),
    escalation: text("escalation").notNull().default(""),
    version: integer("version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("sla_policies_project_priority").on(t.projectId, t.priority).nullsNotDistinct(),
    check("sla_policies_target_positive", sql`${t.targetHours} > 0`),
  ],
);

// Workspace-wide SLA settings (one row): the time zone whose weekends business-day windows skip,
// and the share of a window left below which an open item is "at risk". SQL reads the share with
// an uncorrelated subquery, so the backlog's SLA filter and the matrix counts follow a change at once.
export const workspaceSettings = pgTable(
  "workspace_settings",
  {
    id: smallint("id").primaryKey().default(1),
    timeZone: text("time_zone").notNull().default("UTC"),
    atRiskShare: doublePrecision("at_risk_share").notNull().default(0.2),
    version: integer("version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("workspace_settings_single_row", sql`${t.id} = 1`),
    check("workspace_settings_at_risk_range", sql`${t.atRiskShare} > 0 and ${t.atRiskShare} < 1`),
  ],
);

export const runbooks = pgTable(
  "runbooks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "set null" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    service: text("service").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    reviewIntervalDays: integer("review_interval_days").notNull().default(90),
    lastReviewedAt: timestamp("last_reviewed_at", { withTimezone: true }),
    lastReviewedBy: uuid("last_reviewed_by").references(() => users.id, { onDelete: "set null" }),
    currentRevision: integer("current_revision").notNull().default(0),
    // A draft (e.g. made from a backlog item) until an engineer marks it ready.
    draft: boolean("draft").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("runbooks_slug_key").on(t.slug),
    index("runbooks_review_idx").on(t.lastReviewedAt),
    check("runbooks_review_interval", sql`${t.reviewIntervalDays} between 1 and 3650`),
  ],
);

/** Every "marked reviewed", with the revision the lead read (the runbook row keeps only the latest). */
export const runbookReviews = pgTable(
  "runbook_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runbookId: uuid("runbook_id")
      .notNull()
      .references(() => runbooks.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull().defaultNow(),
    note: text("note").notNull().default(""),
  },
  (t) => [index("runbook_reviews_runbook_idx").on(t.runbookId, t.reviewedAt)],
);

export const runbookRevisions = pgTable(
  "runbook_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runbookId: uuid("runbook_id")
      .notNull()
      .references(() => runbooks.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("runbook_revisions_runbook_revision").on(t.runbookId, t.revision)],
);

export const runbookDrills = pgTable(
  "runbook_drills",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runbookId: uuid("runbook_id")
      .notNull()
      .references(() => runbooks.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    scenario: text("scenario").notNull(),
    ranBy: uuid("ran_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    outcome: drillOutcomeEnum("outcome"),
    // [{ text, done, startedAt, finishedAt, note }]
    steps: jsonb("steps").notNull().default([]),
    notes: text("notes").notNull().default(""),
  },
  (t) => [index("runbook_drills_runbook_idx").on(t.runbookId, t.startedAt)],
);

export const metrics = pgTable(
  "metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    direction: metricDirectionEnum("direction").notNull(),
    target: doublePrecision("target"),
    warningThreshold: doublePrecision("warning_threshold"),
    criticalThreshold: doublePrecision("critical_threshold"),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "set null" }),
    groupName: text("group_name").notNull().default(""),
    description: text("description").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("metrics_key_key").on(t.key), check("metrics_key_format", sql`${t.key} ~ '^[a-z][a-z0-9_]{0,63}$'`)],
);

export const metricPoints = pgTable(
  "metric_points",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    metricId: uuid("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    value: doublePrecision("value").notNull(),
    source: text("source").notNull().default("manual"),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("metric_points_metric_time_idx").on(t.metricId, t.recordedAt)],
);

/** A runbook that says what to do when a metric goes bad; the metric's state shows on the runbook. */
export const runbookMetrics = pgTable(
  "runbook_metrics",
  {
    runbookId: uuid("runbook_id")
      .notNull()
      .references(() => runbooks.id, { onDelete: "cascade" }),
    metricId: uuid("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.runbookId, t.metricId] }), index("runbook_metrics_metric_idx").on(t.metricId)],
);

export const itemLinks = pgTable(
  "item_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromItemId: uuid("from_item_id")
      .notNull()
      .references(() => backlogItems.id, { onDelete: "cascade" }),
    kind: linkKindEnum("kind").notNull(),
    toItemId: uuid("to_item_id").references(() => backlogItems.id, { onDelete: "cascade" }),
    runbookId: uuid("runbook_id").references(() => runbooks.id, { onDelete: "cascade" }),
    metricId: uuid("metric_id").references(() => metrics.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("item_links_from_idx").on(t.fromItemId),
    index("item_links_to_item_idx").on(t.toItemId),
    index("item_links_runbook_idx").on(t.runbookId),
    index("item_links_metric_idx").on(t.metricId),
    // Exactly one target, and it matches the kind.
    check(
      "item_links_target",
      sql`(${t.kind} in ('blocks', 'relates') and ${t.toItemId} is not null and ${t.runbookId} is null and ${t.metricId} is null)
        or (${t.kind} = 'runbook' and ${t.runbookId} is not null and ${t.toItemId} is null and ${t.metricId} is null)
        or (${t.kind} = 'metric' and ${t.metricId} is not null and ${t.toItemId} is null and ${t.runbookId} is null)`,
    ),
  ],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    // The first characters of the secret, shown in lists so people can tell tokens apart.
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    scopes: text("scopes").array().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash)],
);

// Named backlog views per user: the query string of a filtered, sorted /backlog URL.
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("saved_views_user_name").on(t.userId, t.name)],
);

// Append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE. No foreign keys,
// so deleting a user or an item never needs to touch history.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // A user's id or a token's id, as actor_type says; none for the system.
    actorType: actorKindEnum("actor_type").notNull(),
    actorId: uuid("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull().$type<AuditAction>(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at), index("audit_log_at_idx").on(t.at)],
);

export type User = typeof users.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type BacklogItem = typeof backlogItems.$inferSelect;
export type ChecklistItem = typeof checklistItems.$inferSelect;
export type AuditEntry = typeof auditLog.$inferInsert;

// Fixed-window counters shared by every app instance (API token calls; sign-in failures are in sign_in_throttle).
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});

// One row per sign-in: the session cookie carries its id, so signing out (or out everywhere, or a
// password change) ends that session on the server even if someone kept a copy of the cookie.
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    userAgent: text("user_agent"),
    clientAddress: text("client_address"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.createdAt)],
);

// Failed password checks per source address and per account + address (lib/auth/throttle.ts):
// the delay before the next attempt grows with the failures, so guessing is slow for the attacker
// while the account's owner, from any other address, signs in as usual.
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
});

export type Runbook = typeof runbooks.$inferSelect;
export type RunbookDrill = typeof runbookDrills.$inferSelect;
