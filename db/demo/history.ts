import { sql } from "drizzle-orm";
import type { Db } from "@/db";

const DAY = 86_400_000;
/** The demo plans were "imported" this long ago, so the dashboard's weekly charts have a story. */
export const DEMO_HISTORY_DAYS = 84;

/**
 * Backdates a freshly imported demo: every item was created when its plan was imported 12 weeks
 * ago, and each item the plan already marks done was completed on a day spread over those weeks
 * (from a hash of its key, so the story is the same on every machine). Statuses, priorities and
 * due dates are left exactly as imported. Call once, right after the first import.
 */
export async function backdateDemoHistory(db: Db, now = new Date()) {
  const created = new Date(now.getTime() - DEMO_HISTORY_DAYS * DAY).toISOString();
  await db.execute(sql`update backlog_items set created_at = ${created}::timestamptz where created_at > ${created}::timestamptz`);
  // hashtext() is stable across PostgreSQL builds; abs(…) % 80 spreads completions over days 1–80.
  await db.execute(sql`
    update backlog_items
    set completed_at = ${now.toISOString()}::timestamptz - make_interval(days => 2 + abs(hashtext(key)) % 80, hours => abs(hashtext(title)) % 24),
        started_at = ${now.toISOString()}::timestamptz - make_interval(days => 4 + abs(hashtext(key)) % 80)
    where status = 'done'`);
}
