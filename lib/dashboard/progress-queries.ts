import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/query-rows";
import { auditLog, backlogItems } from "@/db/schema";
import { changeCache } from "@/lib/live/change-cache";
import { readAuditRecord } from "@/lib/domain/audit-record";
import { applyPriorityHistory, priorityBefore, type PriorityTrail } from "./priority-history";
import { closedSql } from "@/lib/domain/item-sql";
import { PRIORITY_KEYS, type PriorityKey, type ByPriority, type ProgressWeek } from "./progress-week";

// Backlog progress for the dashboard: open items at the end of each of the last weeks (the
// burn-down) and items done in each week (throughput), both by priority. One grouped scan instead
// of one pass per week: open(week) = open before the window + created − closed so far. Items whose
// priority changed in the window are then counted under the priority they had at the time.

export const PROGRESS_WEEKS = 12;

const zero = (): ByPriority => ({ P0: 0, P1: 0, P2: 0, P3: 0, untriaged: 0 });
const DAY = 86_400_000;

/** Monday 00:00 UTC of the week holding `d`. */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

type Row = { priority: string | null; open_at_start: boolean; created_week: string | Date | null; closed_week: string | Date | null; is_done: boolean; n: number };

export async function weeklyProgress(db: Db, now = new Date(), weeks = PROGRESS_WEEKS): Promise<ProgressWeek[]> {
  const first = new Date(weekStart(now).getTime() - (weeks - 1) * 7 * DAY);
  const start = sql`${first.toISOString()}::timestamptz`;
  const week = (column: unknown) => sql`date_bin('7 days', ${column}, '2001-01-01T00:00:00Z'::timestamptz)`; // 2001-01-01 was a Monday
  // One scan, grouped by what each item contributes: open when the window starts, the week it was
  // created in the window, the week it was closed (done or won't do) in it, and whether it was done.
  const rows = await queryRows<Row>(
    db,
    sql`select priority,
          (created_at < ${start} and (completed_at is null or completed_at >= ${start})) as open_at_start,
          case when created_at >= ${start} then ${week(backlogItems.createdAt)} end as created_week,
          case when completed_at >= ${start} and ${closedSql(sql`status`)} then ${week(backlogItems.completedAt)} end as closed_week,
          status = 'done' as is_done,
          count(*)::int as n
        from ${backlogItems}
        where created_at >= ${start} or completed_at is null or completed_at >= ${start}
        group by 1, 2, 3, 4, 5`,
  );
  const key = (p: string | null): PriorityKey => (p && p in zero() ? (p as PriorityKey) : "untriaged");
  const index = (w: Date | string) => Math.round((new Date(w).getTime() - first.getTime()) / (7 * DAY));
  const open = zero();
  const deltas = Array.from({ length: weeks }, () => ({ created: zero(), closed: zero(), done: zero() }));
  const add = (w: Date | string | null, field: "created" | "closed" | "done", p: PriorityKey, n: number) => {
    if (w === null) return;
    const i = index(w);
    if (i >= 0 && i < weeks) deltas[i]![field][p] += n;
  };
  for (const r of rows) {
    const p = key(r.priority);
    const n = Number(r.n);
    if (r.open_at_start) open[p] += n;
    add(r.created_week, "created", p, n);
    add(r.closed_week, "closed", p, n);
    if (r.is_done) add(r.closed_week, "done", p, n);
  }
  const result = deltas.map((d, i) => {
    for (const p of PRIORITY_KEYS) open[p] += d.created[p] - d.closed[p];
    return { weekStart: new Date(first.getTime() + i * 7 * DAY).toISOString().slice(0, 10), open: { ...open }, done: d.done };
  });
  applyPriorityHistory(result, first, await priorityTrails(db, first, key));
  return result;
}

type ChangeRow = {
  id: string;
  at: string | Date;
  action: string;
  before: unknown;
  after: unknown;
  priority: string | null;
  created_at: string | Date;
  completed_at: string | Date | null;
  status: string;
};

/** Items whose priority changed since `since`, with each change, read from the audit log. */
async function priorityTrails(db: Db, since: Date, key: (p: string | null) => PriorityKey): Promise<PriorityTrail[]> {
  // SQL only narrows the rows to those whose `after` names another priority (cheap, and few);
  // which of them change the item's priority, and from what, is priority-history.ts's call.
  const rows = await queryRows<ChangeRow>(
    db,
    sql`select i.id, a.at, a.action, a.before, a.after, i.priority, i.created_at, i.completed_at, i.status
        -- Items by primary key (entity_id is text; the CASE keeps a malformed one from failing the cast).
        from ${auditLog} a join ${backlogItems} i
          on i.id = case when a.entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then a.entity_id::uuid end
        where a.at >= ${since.toISOString()}::timestamptz and a.entity_type = 'item' and a.after -> 'priority' is not null
          and (a.before ->> 'priority') is distinct from (a.after ->> 'priority')
        order by i.id, a.at, a.id`,
  );
  const trails = new Map<string, PriorityTrail>();
  for (const r of rows) {
    const from = priorityBefore(readAuditRecord({ action: r.action, entityType: "item", before: r.before, after: r.after }));
    if (from === undefined) continue;
    let trail = trails.get(r.id);
    if (!trail) {
      const completedAt = r.completed_at === null ? null : new Date(r.completed_at);
      trails.set(r.id, (trail = { current: key(r.priority), createdAt: new Date(r.created_at), completedAt, status: r.status, changes: [] }));
    }
    trail.changes.push({ at: new Date(r.at), from: key(from) });
  }
  return [...trails.values()];
}

// Same lifetime rule as the matrix: dropped on every committed item change, at most a minute old.
const cache = changeCache<ProgressWeek[]>("dashboard-progress", { ttlMs: 60_000, limit: 4 });

export const cachedWeeklyProgress = (db: Db) => cache("all", () => weeklyProgress(db));
