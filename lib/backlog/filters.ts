import { z } from "zod";
import { PROJECT_SLUG } from "@/lib/projects/slug-pattern";
import {
  backlogSearchParams,
  DEFAULT_QUERY,
  MAX_PAGE,
  MAX_SEARCH_LENGTH,
  PAGE_SIZES,
  PRIORITY_FILTERS,
  readParam,
  SEVERITIES,
  SLA_STATES,
  SORT_COLUMNS,
  STATUSES,
  viewSearchParams,
  type BacklogQuery,
  type RawParams,
  type SortColumn,
} from "./query";
import { text } from "@/lib/validation/text";

// The backlog's view state (filters, sort, page), read from and written to the URL so a view can be
// bookmarked and shared. It is the one filter model: the table, its count and every export
// (/api/v1/items/export, the project export, `npm run export`) read these fields and run the same
// SQL (list-queries.ts), so "Export this view" passes the view's query string on unchanged. On the
// page, bad values are ignored with a warning, never a 500: a shared link with a typo still opens
// the backlog; an export refuses them by name instead (backlogViewSchema), as a file cannot say
// what it left out.
//
// The query's shape, constants and URL writing are in query.ts, without zod, for the browser; the
// browser reads its URL with query.ts's readBacklogQuery, which gives the same query as
// parseBacklogQuery below without zod (query.test.ts compares them).

export { DEFAULT_QUERY, MAX_PAGE, MAX_SEARCH_LENGTH, PAGE_SIZES, PRIORITY_FILTERS, SEVERITIES, SLA_STATES, SORT_COLUMNS, STATUSES, backlogSearchParams, viewSearchParams };
export type { BacklogQuery, RawParams, SortColumn };

const csv = <T extends string>(values: readonly T[], label: string) =>
  z
    .string()
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values as unknown as [T, ...T[]], { error: `${label} must be one of ${values.join(", ")}` })).min(1).max(values.length))
    .meta({ description: `Comma-separated, any of ${values.join(", ")}` });

const FIELDS = {
  project: z.string().trim().regex(PROJECT_SLUG, "project must be a project slug"),
  priority: csv(PRIORITY_FILTERS, "priority"),
  status: csv(STATUSES, "status"),
  severity: csv(SEVERITIES, "severity"),
  assignee: z.union([z.literal("me"), z.literal("none"), z.uuid({ error: "assignee must be me, none or a user id" })], { error: "assignee must be me, none or a user id" }),
  category: text().trim().min(1).max(200, "category: at most 200 characters"),
  overdue: z.enum(["1", "true"], { error: "overdue must be 1" }).transform(() => true),
  sla: csv(SLA_STATES, "sla"),
  q: text().trim().min(1).max(MAX_SEARCH_LENGTH, `q: at most ${MAX_SEARCH_LENGTH} characters`),
  sort: z.enum(SORT_COLUMNS, { error: `sort must be one of ${SORT_COLUMNS.join(", ")}` }),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }),
  page: z.coerce.number({ error: "page must be a number" }).int("page must be a whole number").min(1, "page must be 1 or more").max(MAX_PAGE, `page must be at most ${MAX_PAGE}`),
  size: z.coerce
    .number()
    .refine((n): n is (typeof PAGE_SIZES)[number] => (PAGE_SIZES as readonly number[]).includes(n), `size must be one of ${PAGE_SIZES.join(", ")}`),
} satisfies Record<keyof BacklogQuery, z.ZodType>;

// An empty parameter ("priority=") means no filter, as on the page.
const optional = <T extends z.ZodType>(field: T) => z.preprocess((v) => (v === "" ? undefined : v), field.optional());

/**
 * A view's filters and order (no page: an export holds every row of the view), strictly: a bad
 * value is refused naming the field. Unknown parameters (`format`, `page`, `size`) are left alone.
 */
export const backlogViewSchema = z.object({
  project: optional(FIELDS.project),
  priority: optional(FIELDS.priority),
  status: optional(FIELDS.status),
  severity: optional(FIELDS.severity),
  assignee: optional(FIELDS.assignee),
  category: optional(FIELDS.category),
  overdue: optional(FIELDS.overdue),
  sla: optional(FIELDS.sla),
  q: optional(FIELDS.q),
  sort: optional(FIELDS.sort),
  dir: optional(FIELDS.dir),
});

export type BacklogView = z.output<typeof backlogViewSchema>;

/** The table's query as GET /api/v1/items takes it: a view and its page, as strictly as an export. */
export const backlogPageSchema = backlogViewSchema.extend({
  page: optional(FIELDS.page),
  size: optional(FIELDS.size.meta({ description: `Rows per page: ${PAGE_SIZES.join(", ")}`, enum: [...PAGE_SIZES] })),
});

/** A parsed view → the query the table would run for it (defaults filled in, first page). */
export function queryOfView(view: BacklogView): BacklogQuery {
  const query: BacklogQuery = { ...DEFAULT_QUERY };
  for (const [name, value] of Object.entries(view)) if (value !== undefined) (query as unknown as Record<string, unknown>)[name] = value;
  return query;
}

/** URL parameters → a valid query plus a message for each value that was ignored. */
export function parseBacklogQuery(params: RawParams): { query: BacklogQuery; warnings: string[] } {
  const query: BacklogQuery = { ...DEFAULT_QUERY };
  const warnings: string[] = [];
  for (const name of Object.keys(FIELDS) as (keyof BacklogQuery)[]) {
    const raw = readParam(params, name);
    if (raw === undefined) continue;
    const parsed = FIELDS[name].safeParse(raw);
    if (parsed.success) (query as unknown as Record<string, unknown>)[name] = parsed.data;
    else warnings.push(`Ignored ${name}: ${parsed.error.issues[0]?.message ?? "invalid value"}.`);
  }
  return { query, warnings };
}

/**
 * Search text → prefix terms for to_tsquery. Keeps letters, digits, '-', '_' and '.', so keys like
 * "P1-0" survive; each term becomes a quoted prefix ("'p1-0':*") the SQL side combines with &.
 */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .slice(0, MAX_SEARCH_LENGTH)
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}_.-]+/gu, "").replace(/^[-._]+|[-._]+$/g, ""))
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, 8)
    .map((t) => t.slice(0, 64));
}
