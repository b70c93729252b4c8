import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/query-rows";
import { backlogItems } from "@/db/schema";
import { changeCache } from "@/lib/live/change-cache";

// Backlog progress for the dashboard: open items at the end of each of the last weeks (the
// burn-down) and items done in each week (throughput), both by priority. Three grouped scans
// instead of one pass per week: open(week) = open before the window + created − closed so far.

export const PROGRESS_WEEKS = 12;
export const PRIORITY_KEYS = ["P0", "P1", "P2", "P3", "untriaged"] as const;
export type PriorityKey = (typeof PRIORITY_KEYS)[number];
export type ByPriority = Record<PriorityKey, number>;
export type ProgressWeek = { weekStart: string; open: ByPriority; done: ByPriority };

const zero = (): ByPriority => ({ P0: 0, P1: 0, P2: 0, P3: 0, untriaged: 0 });
const DAY = 86_400_000;

/** Monday 00:00 UTC of the week holding `d`. */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

type Row = { week: string | Date | null; priority: string | null; n: number };

export async function weeklyProgress(db: Db, now = new Date(), weeks = PROGRESS_WEEKS): Promise<ProgressWeek[]> {
  const first = new Date(weekStart(now).getTime() - (weeks - 1) * 7 * DAY);
  const start = first.toISOString();
  const week = (column: unknown) => sql`date_bin('7 days', ${column}, '2001-01-01T00:00:00Z'::timestamptz)`; // 2001-01-01 was a Monday
  const [before, created, closed, done] = await Promise.all([
    queryRows<Row>(db, sql`select null as week, priority, count(*)::int as n from ${backlogItems}
      where created_at < ${start}::timestamptz and (completed_at is null or completed_at >= ${start}::timestamptz) group by priority`),
    queryRows<Row>(db, sql`select ${week(backlogItems.createdAt)} as week, priority, count(*)::int as n from ${backlogItems}
      where created_at >= ${start}::timestamptz group by 1, 2`),
    queryRows<Row>(db, sql`select ${week(backlogItems.completedAt)} as week, priority, count(*)::int as n from ${backlogItems}
      where completed_at >= ${start}::timestamptz and status in ('done', 'wont_do') group by 1, 2`),
    queryRows<Row>(db, sql`select ${week(backlogItems.completedAt)} as week, priority, count(*)::int as n from ${backlogItems}
      where completed_at >= ${start}::timestamptz and status = 'done' group by 1, 2`),
  ]);
  const key = (p: string | null): PriorityKey => (p && p in zero() ? (p as PriorityKey) : "untriaged");
  const index = (w: Row["week"]) => Math.round((new Date(w!).getTime() - first.getTime()) / (7 * DAY));
  const open = zero();
  for (const r of before) open[key(r.priority)] += Number(r.n);
  const deltas = Array.from({ length: weeks }, () => ({ created: zero(), closed: zero(), done: zero() }));
  const add = (rows: Row[], field: "created" | "closed" | "done") => {
    for (const r of rows) {
      const i = index(r.week);
      if (i >= 0 && i < weeks) deltas[i]![field][key(r.priority)] += Number(r.n);
    }
  };
  add(created, "created");
  add(closed, "closed");
  add(done, "done");
  return deltas.map((d, i) => {
    for (const p of PRIORITY_KEYS) open[p] += d.created[p] - d.closed[p];
    return { weekStart: new Date(first.getTime() + i * 7 * DAY).toISOString().slice(0, 10), open: { ...open }, done: d.done };
  });
}

// Same lifetime rule as the matrix: dropped on every committed item change, at most a minute old.
const cache = changeCache<ProgressWeek[]>("dashboard-progress", { ttlMs: 60_000, limit: 4 });

export const cachedWeeklyProgress = (db: Db) => cache("all", () => weeklyProgress(db));
