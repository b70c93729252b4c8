import { z } from "zod";
import type { ActionName } from "@/lib/auth/policy";
import { setStatusSchema } from "@/lib/backlog/schemas";
import { backlogViewSchema } from "@/lib/backlog/filters";
import { EXPORT_FORMAT_NAMES } from "@/lib/importer/export-format";
import { MAX_STREAMS_PER_CALLER } from "@/lib/live/stream-limit";
import { ingestSchema, rangeSchema } from "@/lib/metrics/schemas";
import { STATUSES } from "@/lib/domain/items";
import { isTimeZone } from "@/lib/time/format";
import { text } from "@/lib/validation/text";
import { inboxQuerySchema, unsubscribeSchema } from "@/lib/inbox/schemas";

// Every JSON API endpoint, described once: the route handler takes its action, input kind, schema
// and size limit from here, and /api/v1/openapi.json is generated from the same entries, so the
// documentation cannot drift from what the handler parses. catalog.test.ts checks that every
// route file has an entry and every entry a route file.

export type RouteInput = "none" | "json" | "query";

export interface Endpoint {
  action: ActionName;
  method: "GET" | "POST";
  /** OpenAPI path, `{param}` for dynamic segments. */
  path: string;
  summary: string;
  description?: string;
  input: RouteInput;
  schema?: z.ZodType;
  /** Largest JSON body accepted, in bytes (default 1 MiB). */
  maxBytes?: number;
  /** The success answer: status, what it is, and its media type when not JSON. */
  success: { status: number; description: string; contentType?: string };
  /** It writes with a version check, so it may answer 409. */
  versioned?: boolean;
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

const EXPORT_DESCRIPTION =
  "Filters and order as on /backlog (and /api/v1/items): project, priority (P0–P3, untriaged; comma-separated), status, severity, assignee (me, none or a user id; `me` needs a signed-in user), category, overdue, sla (on_track, at_risk, overdue, none), q, sort, dir; a malformed value is refused (400 naming it). Every row of the view, not one page; Markdown is one plan per project; CSV and JSON add project, assignee, due date and SLA state, dates in ISO 8601 (UTC) and in `tz`.";

export const API = {
  health: route({
    action: "health.read",
    method: "GET",
    path: "/api/health",
    summary: "Liveness and database reachability",
    input: "none",
    success: { status: 200, description: "`{ status: \"ok\" }`, or 503 when the database is unreachable" },
    tags: ["System"],
  }),
  openapi: route({
    action: "api.docs",
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document",
    input: "none",
    success: { status: 200, description: "The OpenAPI 3.1 description of the API" },
    tags: ["System"],
  }),
  listItems: route({
    action: "items.read",
    method: "GET",
    path: "/api/v1/items",
    summary: "List backlog items (the backlog table's data)",
    description:
      "Filters as on /backlog: project, priority (P0–P3, untriaged; comma-separated), status, severity, assignee, category, overdue, sla (on_track, at_risk, overdue, none), q (search), sort, dir, page, size (25, 50, 100). Unknown or malformed parameters are ignored and listed in `warnings`.",
    input: "query",
    // Tolerant of bad values (ignored, listed in warnings), but a NUL is refused by name.
    schema: z.record(z.string(), text()),
    success: { status: 200, description: "`{ rows, total, page, size, warnings }`" },
    tags: ["Backlog"],
  }),
  setItemStatus: route({
    action: "items.setStatus",
    method: "POST",
    path: "/api/v1/items/{id}/status",
    summary: "Change an item's status",
    description: "`version` is the item's version as last read; a stale one answers 409 with the current values.",
    input: "json",
    // The page's message names the statuses as the select shows them; a program sends the values.
    schema: setStatusSchema.omit({ id: true }).extend({ status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }) }),
    maxBytes: 16 * 1024,
    success: { status: 200, description: "The updated item" },
    versioned: true,
    tags: ["Backlog"],
  }),
  search: route({
    action: "search.read",
    method: "GET",
    path: "/api/v1/search",
    summary: "Find items, projects, runbooks, metrics and saved views by key or words",
    input: "query",
    schema: z.object({ q: text().max(1000, "at most 1,000 characters").default("") }),
    success: { status: 200, description: "`{ items, projects, runbooks, metrics, views }`: runbooks and metrics only for a caller who may read them (a token needs `runbooks:read` or `metrics:read` too), views are a signed-in user's own" },
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
    success: { status: 200, description: "A file download: every row of the view, in its order", contentType: "text/csv" },
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
    success: { status: 200, description: "A file download", contentType: "text/markdown" },
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
    success: { status: 200, description: "`{ unread, entries: [{ id, kind, actor, text, href, items, excerpt, count, createdAt, updatedAt, read }], next }`" },
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
    success: { status: 200, description: "An HTML page", contentType: "text/html" },
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
    success: { status: 200, description: "An HTML page saying what was turned off", contentType: "text/html" },
    tags: ["Inbox"],
  }),
  events: route({
    action: "events.subscribe",
    method: "GET",
    path: "/api/v1/events",
    summary: "Server-sent events: one `change` per committed item change",
    description: `At most ${MAX_STREAMS_PER_CALLER} streams may be open at once per user (all their sessions together); another one answers 429 until one closes.`,
    input: "none",
    success: { status: 200, description: "An event stream; clients refetch what they show", contentType: "text/event-stream" },
    tags: ["Backlog"],
  }),
  runbookMarkdown: route({
    action: "runbooks.export",
    method: "GET",
    path: "/api/v1/runbooks/{slug}/markdown",
    summary: "A runbook's current revision as Markdown",
    input: "none",
    success: { status: 200, description: "The Markdown file", contentType: "text/markdown" },
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
    success: { status: 201, description: "`{ recorded, metric, first, last, latest: { value, recordedAt } }`" },
    tags: ["Metrics"],
  }),
  getPoints: route({
    action: "metrics.read",
    method: "GET",
    path: "/api/v1/metrics/{key}/points",
    summary: "A metric's values over a range, as the chart draws them",
    description: "Up to 1,000 values are sent as recorded; more are cut into 500 time buckets, each with its mean (`v`), `min`, `max` and count (`n`).",
    input: "query",
    schema: z.object({ range: rangeSchema.optional() }),
    success: { status: 200, description: "`{ metric, range, from, to, bucketMs, total, points: [{ t, v, min, max, n }] }`" },
    tags: ["Metrics"],
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
    success: { status: 200, description: "`{ ok, duplicate }` or `{ ok, linked, moved, ignored, notified }`" },
    tags: ["Integrations"],
  }),
} satisfies Record<string, Endpoint>;

export type ApiName = keyof typeof API;
