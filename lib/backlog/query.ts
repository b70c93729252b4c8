import { PRIORITIES, SEVERITIES, STATUSES } from "@/lib/domain/items";
import { SLA_STATES, type SlaState } from "@/lib/sla/state";

// The backlog view's query: its fields, defaults and the URL that reproduces it, without zod, so
// the table's controls and the status pickers import it in the browser. Reading a URL (tolerant,
// for the page) and the strict schemas for exports and the API are filters.ts's.

export const PRIORITY_FILTERS = [...PRIORITIES, "untriaged"] as const;
export { SEVERITIES, SLA_STATES, STATUSES };
export const SORT_COLUMNS = [
  "key",
  "title",
  "project",
  "category",
  "priority",
  "status",
  "severity",
  "effort",
  "assignee",
  "due",
  "sla",
  "updated",
  "created",
] as const;
export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_SEARCH_LENGTH = 200;
export const MAX_PAGE = 10_000;

export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface BacklogQuery {
  project?: string;
  priority?: (typeof PRIORITY_FILTERS)[number][];
  status?: (typeof STATUSES)[number][];
  severity?: (typeof SEVERITIES)[number][];
  /** "me", "none" or a user id. */
  assignee?: string;
  category?: string;
  overdue?: boolean;
  sla?: SlaState[];
  q?: string;
  sort: SortColumn;
  dir: "asc" | "desc";
  page: number;
  size: (typeof PAGE_SIZES)[number];
}

export const DEFAULT_QUERY: BacklogQuery = { sort: "priority", dir: "asc", page: 1, size: 50 };

/** The query string of a view without its page or page size: what "Export this view" passes on. */
export const viewSearchParams = (query: BacklogQuery) => backlogSearchParams({ ...query, page: 1, size: DEFAULT_QUERY.size });

/** A query → the URL parameters that reproduce it (defaults left out, so URLs stay short). */
export function backlogSearchParams(query: Partial<BacklogQuery>): URLSearchParams {
  const out = new URLSearchParams();
  const put = (name: string, value: string | undefined) => value && out.set(name, value);
  put("project", query.project);
  put("priority", query.priority?.join(","));
  put("status", query.status?.join(","));
  put("severity", query.severity?.join(","));
  put("assignee", query.assignee);
  put("category", query.category);
  put("overdue", query.overdue ? "1" : undefined);
  put("sla", query.sla?.join(","));
  put("q", query.q);
  if (query.sort && (query.sort !== DEFAULT_QUERY.sort || (query.dir && query.dir !== DEFAULT_QUERY.dir))) put("sort", query.sort);
  if (query.dir && query.dir !== DEFAULT_QUERY.dir) put("dir", query.dir);
  if (query.page && query.page > 1) put("page", String(query.page));
  if (query.size && query.size !== DEFAULT_QUERY.size) put("size", String(query.size));
  return out;
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** A parameter's value as the page reads it: repeated parameters joined with ",", empty = absent. */
export function readParam(params: RawParams, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.getAll(name).join(",") || undefined;
  const v = params[name];
  return Array.isArray(v) ? v.join(",") || undefined : v || undefined;
}

// zod's uuid pattern (any RFC 9562 version, nil and max), as filters.ts's `z.uuid()` checks it.
const UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
const PROJECT = /^[a-z0-9][a-z0-9-]{0,62}$/; // lib/projects/slug-pattern.ts, checked equal in query.test.ts

function list<T extends string>(values: readonly T[]) {
  return (raw: string): T[] | undefined => {
    const parts = raw.split(",").map((v) => v.trim()).filter(Boolean);
    return parts.length >= 1 && parts.length <= values.length && parts.every((p) => (values as readonly string[]).includes(p)) ? (parts as T[]) : undefined;
  };
}
function words(max: number) {
  return (raw: string): string | undefined => {
    const s = raw.trim();
    return !raw.includes("\u0000") && s.length >= 1 && s.length <= max ? s : undefined;
  };
}
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** Each field's tolerant reader: its value, or undefined for a value the page ignores. */
const READERS: { [K in keyof BacklogQuery]-?: (raw: string) => BacklogQuery[K] | undefined } = {
  project: (raw) => (PROJECT.test(raw.trim()) ? raw.trim() : undefined),
  priority: list(PRIORITY_FILTERS),
  status: list(STATUSES),
  severity: list(SEVERITIES),
  assignee: (raw) => (raw === "me" || raw === "none" || UUID.test(raw) ? raw : undefined),
  category: words(200),
  overdue: (raw) => (raw === "1" || raw === "true" ? true : undefined),
  sla: list(SLA_STATES),
  q: words(MAX_SEARCH_LENGTH),
  sort: oneOf(SORT_COLUMNS),
  dir: oneOf(["asc", "desc"] as const),
  page: (raw) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : undefined;
  },
  size: (raw) => PAGE_SIZES.find((s) => s === Number(raw)),
};

/**
 * URL parameters → the query the page runs, in the browser: the same values as filters.ts's
 * parseBacklogQuery (query.test.ts compares them on valid and invalid input) without its zod
 * schemas or its warnings, which the server already showed for the URL the page opened with.
 */
export function readBacklogQuery(params: RawParams): BacklogQuery {
  const query: BacklogQuery = { ...DEFAULT_QUERY };
  for (const name of Object.keys(READERS) as (keyof BacklogQuery)[]) {
    const raw = readParam(params, name);
    const value = raw === undefined ? undefined : READERS[name](raw);
    if (value !== undefined) (query as unknown as Record<string, unknown>)[name] = value;
  }
  return query;
}
