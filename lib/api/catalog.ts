import { z } from "zod";
import type { ActionName } from "@/lib/auth/policy";
import { backlogPageSchema, backlogViewSchema } from "@/lib/backlog/filters";
import { EXPORT_FORMAT_NAMES } from "@/lib/importer/export-format";
import { MAX_STREAMS_PER_CALLER } from "@/lib/live/stream-limit";
import { ingestSchema, RANGES } from "@/lib/metrics/schemas";
import { isTimeZone } from "@/lib/time/format";
import { text } from "@/lib/validation/text";
import { inboxQuerySchema, unsubscribeSchema } from "@/lib/inbox/schemas";
import { apiCommentSchema, apiCreateItemSchema, apiSetStatusSchema, apiUpdateItemSchema } from "./item-inputs";
import * as body from "./responses";

// Every JSON API endpoint, described once: the route handler takes its action, input kind, schema
// and size limit from here, and /api/v1/openapi.json is generated from the same entries, so the
// documentation cannot drift from what the handler parses. catalog.test.ts checks that every
// route file has an entry and every entry a route file.

export type RouteInput = "none" | "json" | "query";

/** One documented answer beyond the ones openapi.ts derives (a 503 with its own body, an HTML 400). */
export interface ExtraResponse {
  status: number;
  description: string;
  /** Media type → body; default: the JSON error body. */
  content?: Record<string, z.ZodType>;
}

export interface Endpoint {
  action: ActionName;
  method: "GET" | "POST" | "PATCH";
  /** OpenAPI path, `{param}` for dynamic segments. */
  path: string;
  summary: string;
  description?: string;
  input: RouteInput;
  schema?: z.ZodType;
  /** Largest JSON body accepted, in bytes (default 1 MiB). */
  maxBytes?: number;
  /**
   * The success answer: status, what it is, and its body (responses.ts): `schema` as JSON, or
   * `content` (media type → body) when it is not JSON or a `format` parameter picks one.
   * `headers` names response headers a client may rely on (name → description).
   */
  success: { status: number; description: string; contentType?: string; schema?: z.ZodType; content?: Record<string, z.ZodType>; headers?: Record<string, string> };
  /** Documented answers beyond the derived errors (lib/api/openapi.ts). */
  responses?: ExtraResponse[];
  /** It writes with a version check (`If-Match` or a `version` field), so it may answer 409. */
  versioned?: boolean;
  /** Example JSON bodies, by name (catalog.test.ts parses each with `schema`, so none can go stale). */
  examples?: Record<string, { summary: string; value: unknown }>;
  tags: string[];
}

const route = <E extends Endpoint>(e: E) => e;

/** An export's query: the backlog's view (lib/backlog/filters.ts, strictly), the format and the zone of the date columns. */
const exportQuerySchema = backlogViewSchema.extend({
  format: z.enum(EXPORT_FORMAT_NAMES, { error: "format must be md, csv or json" }).default("md"),
  tz: z
    .string()
    .refine(isTimeZone, "tz must be a time zone such as Europe/Berlin")
    .optional()
    .meta({ description: "Zone of the *Local date columns; default: the caller's (their setting, else their browser's), else UTC" }),
});

/** The export's three files, by the media type `format` picks. */
const EXPORT_CONTENT = { "text/markdown": body.textBody, "text/csv": body.textBody, "application/json": body.exportJsonBody };

/** Every answer carrying an item carries its version as an ETag, for the next write's If-Match. */
const ITEM_HEADERS = { ETag: 'The item\'s version, e.g. `"3"`: send it back as `If-Match`' };

const EXPORT_DESCRIPTION =
  "Filters and order as on /backlog (and /api/v1/items): project, priority (P0–P3, untriaged; comma-separated), status, severity, assignee (me, none or a user id; `me` needs a signed-in user), category, overdue, sla (on_track, at_risk, overdue, none), q, sort, dir; a malformed value is refused (400 naming it). Every row of the view, not one page; Markdown is one plan per project; CSV and JSON add project, assignee, due date and SLA state, dates in ISO 8601 (UTC) and in `tz`.";

export const API = {
  health: route({
    action: "health.read",
    method: "GET",
    path: "/api/health",
    summary: "Liveness and database reachability",
    input: "none",
    success: { status: 200, description: "`{ status: \"ok\", db, driver, migrations }`", schema: body.healthBody },
    responses: [{ status: 503, description: "The database is unreachable: `{ status: \"error\", db: \"down\", driver }`", content: { "application/json": body.healthBody } }],
    tags: ["System"],
  }),
  openapi: route({
    action: "api.docs",
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document",
    input: "none",
    success: { status: 200, description: "The OpenAPI 3.1 description of the API", schema: body.openApiBody },
    tags: ["System"],
  }),
  listItems: route({
    action: "items.read",
    method: "GET",
    path: "/api/v1/items",
    summary: "List backlog items (the backlog table's data)",
    description:
      "Filters as on /backlog: project, priority (P0–P3, untriaged; comma-separated), status, severity, assignee (me, none or a user id; `me` needs a signed-in user), category, overdue, sla (on_track, at_risk, overdue, none), q (search), sort, dir, page, size (25, 50, 100). A malformed value is refused (400 naming the parameter), as by every endpoint; unknown parameters are ignored. (The /backlog page itself stays tolerant: a shared link with a typo opens, with a warning.)",
    input: "query",
    // Strict like the exports (one behaviour for the whole API); the page keeps parseBacklogQuery's tolerance.
    schema: backlogPageSchema,
    success: { status: 200, description: "`{ rows, total, capped, page, pageCount, warnings }`", schema: body.itemPageBody },
    tags: ["Backlog"],
  }),
  setItemStatus: route({
    action: "items.setStatus",
    method: "POST",
    path: "/api/v1/items/{id}/status",
    summary: "Change an item's status",
    description:
      "The version as last read goes in `If-Match` (the ETag of GET /api/v1/items/{id}) or a `version` field; missing, it is a 400 naming `version`; a stale one answers 409 with the current values in `error.current`. `blocked` needs a `blockedReason`.",
    input: "json",
    schema: apiSetStatusSchema,
    maxBytes: 16 * 1024,
    success: { status: 200, description: "The updated item", schema: body.itemBody, headers: ITEM_HEADERS },
    versioned: true,
    examples: {
      start: { summary: "Start it", value: { version: 3, status: "in_progress" } },
      block: { summary: "Blocked needs a reason", value: { version: 4, status: "blocked", blockedReason: "Waiting for the vendor's sandbox" } },
    },
    tags: ["Backlog"],
  }),
  search: route({
    action: "search.read",
    method: "GET",
    path: "/api/v1/search",
    summary: "Find items, projects, runbooks, metrics and saved views by key or words",
    input: "query",
    schema: z.object({ q: text().max(1000, "at most 1,000 characters").default("") }),
    success: { status: 200, description: "`{ items, projects, runbooks, metrics, views }`: runbooks and metrics only for a caller who may read them (a token needs `runbooks:read` or `metrics:read` too), views are a signed-in user's own", schema: body.searchBody },
    tags: ["Backlog"],
  }),
  exportView: route({
    action: "export.backlogView",
    method: "GET",
    path: "/api/v1/items/export",
    summary: "Export a backlog view (every project, or the one named) as Markdown, CSV or JSON",
    description: EXPORT_DESCRIPTION,
    input: "query",
    schema: exportQuerySchema,
    success: { status: 200, description: "A file download: every row of the view, in its order; the media type follows `format`", content: EXPORT_CONTENT },
    tags: ["Backlog"],
  }),
  exportProject: route({
    action: "export.download",
    method: "GET",
    path: "/api/v1/projects/{slug}/export",
    summary: "Export a project's backlog (or a filtered view of it) as Markdown, CSV or JSON",
    description: `The same as /api/v1/items/export with project={slug}. ${EXPORT_DESCRIPTION}`,
    input: "query",
    schema: exportQuerySchema.omit({ project: true }),
    success: { status: 200, description: "A file download; the media type follows `format`", content: EXPORT_CONTENT },
    tags: ["Backlog"],
  }),
  inbox: route({
    action: "inbox.read",
    method: "GET",
    path: "/api/v1/inbox",
    summary: "The signed-in user's inbox: unread count and the latest entries",
    description: "Entries latest first, worded in the caller's time zone; `unread=true` for unread ones only; `limit` (0–100, default 50; 0 = the count alone); `before` = the previous page's `next` cursor.",
    input: "query",
    schema: inboxQuerySchema,
    success: { status: 200, description: "`{ unread, entries: [{ id, kind, actor, text, href, items, excerpt, count, createdAt, updatedAt, read }], next }`", schema: body.inboxBody },
    tags: ["Inbox"],
  }),
  unsubscribePage: route({
    action: "notifications.unsubscribe",
    method: "GET",
    path: "/api/v1/notifications/unsubscribe",
    summary: "The page an e-mail's unsubscribe link opens: asks to confirm",
    description: "Signed link from an e-mail (`u` user, `k` kind or `digest`, `t` signature). Answers an HTML page with one button; nothing changes until it is pressed (link scanners follow links).",
    input: "query",
    schema: unsubscribeSchema,
    success: { status: 200, description: "An HTML page", content: { "text/html": body.textBody } },
    responses: [{ status: 400, description: "A link that was changed or cut short: an HTML page saying so (a malformed query answers the JSON error)", content: { "text/html": body.textBody, "application/json": body.errorBody } }],
    tags: ["Inbox"],
  }),
  unsubscribe: route({
    action: "notifications.unsubscribe",
    method: "POST",
    path: "/api/v1/notifications/unsubscribe",
    summary: "One-click unsubscribe (RFC 8058): stop e-mails of one kind, or the daily digest",
    description: "The same signed query as the page; mail clients POST `List-Unsubscribe=One-Click`. The kind stays in the app; only its e-mail is turned off.",
    input: "query",
    schema: unsubscribeSchema,
    success: { status: 200, description: "An HTML page saying what was turned off", content: { "text/html": body.textBody } },
    responses: [{ status: 400, description: "A link that was changed or cut short: an HTML page saying so (a malformed query answers the JSON error)", content: { "text/html": body.textBody, "application/json": body.errorBody } }],
    tags: ["Inbox"],
  }),
  events: route({
    action: "events.subscribe",
    method: "GET",
    path: "/api/v1/events",
    summary: "Server-sent events: one `change` per committed item change",
    description: `At most ${MAX_STREAMS_PER_CALLER} streams may be open at once per user (all their sessions together); another one answers 429 until one closes.`,
    input: "none",
    success: { status: 200, description: "An event stream; clients refetch what they show", content: { "text/event-stream": body.textBody } },
    responses: [{ status: 429, description: `Already ${MAX_STREAMS_PER_CALLER} streams open for this user; see \`Retry-After\`` }],
    tags: ["Backlog"],
  }),
  runbookMarkdown: route({
    action: "runbooks.export",
    method: "GET",
    path: "/api/v1/runbooks/{slug}/markdown",
    summary: "A runbook's current revision as Markdown",
    input: "none",
    success: { status: 200, description: "The Markdown file", content: { "text/markdown": body.textBody } },
    tags: ["Runbooks"],
  }),
  postPoints: route({
    action: "metrics.record",
    method: "POST",
    path: "/api/v1/metrics/{key}/points",
    summary: "Record metric values (one, or a batch of up to 10,000, all or nothing)",
    description:
      "Send `{ value, recordedAt?, note? }` or `{ points: [{ value, recordedAt?, note? }, …] }`. `value` is a number from -1e15 to 1e15. `recordedAt` is ISO 8601 with a zone and defaults to now; it may not be before 2000 or more than 5 minutes ahead. Criteria that follow the metric re-tick in the same commit.",
    input: "json",
    schema: ingestSchema,
    maxBytes: 4 * 1024 * 1024,
    success: { status: 201, description: "`{ recorded, metric, first, last, latest: { value, recordedAt } }`", schema: body.pointsRecordedBody },
    examples: {
      one: { summary: "One value, now", value: { value: 87.5, note: "build 1482" } },
      batch: { summary: "A batch", value: { points: [{ value: 0.42, recordedAt: "2026-12-01T09:00:00Z" }, { value: 0.38, recordedAt: "2026-12-02T09:00:00Z" }] } },
    },
    tags: ["Metrics"],
  }),
  getPoints: route({
    action: "metrics.read",
    method: "GET",
    path: "/api/v1/metrics/{key}/points",
    summary: "A metric's values over a range, as the chart draws them",
    description: "Up to 1,000 values are sent as recorded; more are cut into 500 time buckets, each with its mean (`v`), `min`, `max` and count (`n`).",
    input: "query",
    // Strict like every API parameter (the metric's page keeps its tolerant rangeSchema).
    schema: z.object({ range: z.enum(RANGES, { error: `must be one of ${RANGES.join(", ")}` }).optional().meta({ description: "Default 90d" }) }),
    success: { status: 200, description: "`{ metric, range, from, to, bucketMs, total, points: [{ t, v, min, max, n }] }`", schema: body.chartBody },
    tags: ["Metrics"],
  }),
  // The write API (issue #20): the same writer, policy and schemas as the item page.
  getItem: route({
    action: "items.read",
    method: "GET",
    path: "/api/v1/items/{id}",
    summary: "One item, with its version as an ETag",
    description: "The item as every write answers it; `version` (and the `ETag` header) is what the next write sends back.",
    input: "none",
    success: { status: 200, description: "The item", schema: body.itemBody, headers: ITEM_HEADERS },
    tags: ["Backlog"],
  }),
  createItem: route({
    action: "items.create",
    method: "POST",
    path: "/api/v1/items",
    summary: "Create an item",
    description:
      "`project` (slug or id) and `title` are required; the other fields are the new-item dialog's (priority P0–P3, status, severity, effortHours, impact 1–5, assigneeId, dueAt, categoryPath, description, blockedReason). A new key (`T-n`) is given. Unknown fields are refused by name; a due date other than the SLA's needs a `dueOverrideReason`, and `blocked` a `blockedReason`.",
    input: "json",
    schema: apiCreateItemSchema,
    maxBytes: 1024 * 1024,
    success: { status: 201, description: "The new item", schema: body.itemBody, headers: { ...ITEM_HEADERS, Location: "The item's URL in this API" } },
    examples: {
      minimal: { summary: "A title in a project", value: { project: "payments-health", title: "Alert on checkout 5xx above 1%" } },
      triaged: {
        summary: "Triaged, assigned and due",
        value: { project: "payments-health", title: "Rotate the Stripe webhook secret", priority: "P1", severity: "high", impact: 4, effortHours: 3, categoryPath: ["Security"], description: "Found in the Q4 audit." },
      },
    },
    tags: ["Backlog"],
  }),
  updateItem: route({
    action: "items.update",
    method: "PATCH",
    path: "/api/v1/items/{id}",
    summary: "Change an item's fields",
    description:
      "Send only the fields to change (`project` moves it). The version as last read goes in `If-Match` (`\"3\"` or `W/\"3\"`) or a `version` field; missing, it is a 400 naming `version`; a stale one answers 409 with the current values in `error.current`. A change to nothing answers the item as it is. The rules are the item page's: a due date other than the SLA's needs a `dueOverrideReason`, `blocked` a `blockedReason`.",
    input: "json",
    schema: apiUpdateItemSchema,
    maxBytes: 1024 * 1024,
    success: { status: 200, description: "The updated item", schema: body.itemBody, headers: ITEM_HEADERS },
    versioned: true,
    examples: {
      reprioritise: { summary: "With the version in If-Match", value: { priority: "P0" } },
      withVersion: { summary: "With the version in the body", value: { version: 3, title: "Alert on checkout 5xx above 0.5%", impact: 5 } },
    },
    tags: ["Backlog"],
  }),
  addComment: route({
    action: "items.comment",
    method: "POST",
    path: "/api/v1/items/{id}/comments",
    summary: "Comment on an item",
    description: "Markdown, up to 20,000 characters; @mentions tell the people named, as on the item page. A token's comment is shown under the token's name.",
    input: "json",
    schema: apiCommentSchema,
    maxBytes: 256 * 1024,
    success: { status: 201, description: "The new comment", schema: body.commentBody },
    examples: { note: { summary: "Markdown, with a mention", value: { body: "Deployed to staging in build 1482; @Lee Lead can you check the dashboard?" } } },
    tags: ["Backlog"],
  }),
  githubWebhook: route({
    action: "integrations.github",
    method: "POST",
    path: "/api/v1/integrations/github",
    summary: "GitHub webhook deliveries: pull requests and pushes that name items move them",
    description:
      "For GitHub, not for scripts (README, \"Pull requests\"). Signed with `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with GITHUB_WEBHOOK_SECRET; 401 otherwise); `X-GitHub-Event` ping, pull_request or push (others: 202, ignored); each `X-GitHub-Delivery` is applied once (a redelivery answers `duplicate`). 404 while GITHUB_WEBHOOK_SECRET is unset; 413 over 1 MiB; 415 unless sent as application/json.",
    // The body is read raw (the signature is over its bytes): the handler checks it, then parses.
    input: "none",
    maxBytes: 1024 * 1024,
    success: { status: 200, description: "`{ ok, pong }` for a ping, `{ ok, duplicate }` for a redelivery, else `{ ok, duplicate: false, linked, moved, ignored, notified }`", schema: body.githubDeliveryBody },
    responses: [
      { status: 202, description: "An event or pull-request action it does not act on: `{ ok, ignored }`", content: { "application/json": body.githubIgnoredBody } },
      { status: 400, description: "A malformed X-GitHub-Event or X-GitHub-Delivery, a body that is not JSON, or a payload without a field it reads (named)" },
      { status: 401, description: "No X-Hub-Signature-256, or not signed with GITHUB_WEBHOOK_SECRET" },
      { status: 404, description: "The integration is off (GITHUB_WEBHOOK_SECRET unset)" },
      { status: 413, description: "Body larger than 1 MiB" },
      { status: 415, description: "Not sent as application/json" },
    ],
    tags: ["Integrations"],
  }),
} satisfies Record<string, Endpoint>;

export type ApiName = keyof typeof API;
