import { z } from "zod";
import type { ActorKind } from "@/lib/domain/actors";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/domain/audit-actions";
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from "@/lib/domain/audit-payloads";
import { fromWallTime } from "@/lib/time/format";

// The audit log's filters, as its URL holds them: who (a kind of actor, or one user or token), what
// kind (a kind of thing, or one action), which days (read in the viewer's zone), which thing (an
// item key, a runbook slug, a metric key, an email…) and the page (rows older than an id). The URL
// is typed by people and tools: each field is checked alone, a bad one is named in the page's words
// and left out, and the rest still apply; nothing here throws.

/** "Kind": a kind of thing (every action about it) or one action. */
export const AUDIT_KINDS = [...AUDIT_ENTITY_TYPES, ...AUDIT_ACTIONS] as [AuditEntityType | AuditAction, ...(AuditEntityType | AuditAction)[]];
export type AuditKind = (typeof AUDIT_KINDS)[number];

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day that exists ("2026-02-30" does not). */
const day = z.string().refine((s) => {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
});

const FIELDS = {
  actor: {
    schema: z.string().regex(new RegExp(`^(?:(?:user|token)(?::${UUID})?|system)$`, "i")),
    message: "Who: choose someone, a token or System from the list.",
  },
  kind: { schema: z.enum(AUDIT_KINDS), message: "Kind: choose a kind of change from the list." },
  from: { schema: day, message: "From: enter a date like 2026-12-06." },
  to: { schema: day, message: "To: enter a date like 2026-12-06." },
  thing: { schema: z.string().trim().min(1).max(100), message: "Thing: enter an item key, runbook, metric, project, person or token name of at most 100 characters." },
  before: { schema: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), message: "That page of the log does not exist; showing the newest entries." },
} as const;

type Field = keyof typeof FIELDS;
export type AuditFilter = {
  actor?: { kind: ActorKind; id?: string };
  kind?: AuditKind;
  from?: string;
  to?: string;
  thing?: string;
  before?: number;
};
/** The filter with its days as instants: `from` inclusive, `until` exclusive (the day after `to`, at midnight in the zone). */
export type AuditQuery = Omit<AuditFilter, "from" | "to"> & { since?: Date; until?: Date };

/** The next calendar day's "YYYY-MM-DD". */
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Midnight at the start of a day in the zone. */
const startOf = (d: string, zone: string) => new Date(fromWallTime(`${d}T00:00`, zone)!);

/** The URL's filters, checked: what applies and what was wrong with the rest (in words, one line each). */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>, zone: string): { filter: AuditFilter; query: AuditQuery; problems: string[] } {
  const filter: AuditFilter = {};
  const problems: string[] = [];
  for (const field of Object.keys(FIELDS) as Field[]) {
    const raw = params[field];
    if (raw === undefined || raw === "") continue;
    const parsed = FIELDS[field].schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(FIELDS[field].message);
      continue;
    }
    const v = parsed.data;
    switch (field) {
      case "actor": {
        const [kind, id] = String(v).toLowerCase().split(":") as [ActorKind, string | undefined];
        filter.actor = id ? { kind, id } : { kind };
        break;
      }
      case "kind":
        filter.kind = v as AuditKind;
        break;
      case "from":
      case "to":
      case "thing":
        filter[field] = String(v);
        break;
      case "before":
        filter.before = Number(v);
        break;
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    problems.push("From: the first day must not be after the last (To); showing every date.");
    delete filter.from;
    delete filter.to;
  }
  const { from, to, ...rest } = filter;
  const query: AuditQuery = { ...rest, ...(from ? { since: startOf(from, zone) } : {}), ...(to ? { until: startOf(nextDay(to), zone) } : {}) };
  return { filter, query, problems };
}

/** The URL of the log with these filters (empty values left out). */
export function auditHref(filter: AuditFilter, change: Partial<Record<keyof AuditFilter, string | number | undefined>> = {}): string {
  const values: Record<string, string | number | undefined> = {
    actor: filter.actor ? `${filter.actor.kind}${filter.actor.id ? `:${filter.actor.id}` : ""}` : undefined,
    kind: filter.kind,
    from: filter.from,
    to: filter.to,
    thing: filter.thing,
    before: filter.before,
    ...change,
  };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== "") params.set(k, String(v));
  const s = params.toString();
  return `/admin/audit${s ? `?${s}` : ""}`;
}
