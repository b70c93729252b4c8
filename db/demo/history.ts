import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/**
 * The items a plan already marks done were finished while people worked on it, not at the moment it
 * was imported: each gets a completion between its plan's (backdated) import and now, from a hash of
 * its key (so the story is the same on every machine), and a start up to two days before that.
 * Only items still as imported (completed when created) move. Call once, right after the first import.
 */
export async function spreadDemoCompletions(db: Db, now = new Date()) {
  // hashtext() is stable across PostgreSQL builds: 5%–95% of the way from import to now.
  await db.execute(sql`
    with spread as (
      select id, created_at + (${now.toISOString()}::timestamptz - created_at) * (0.05 + (abs(hashtext(key)) % 900) / 1000.0) as done_at
      from backlog_items where status = 'done' and completed_at = created_at)
    update backlog_items b
    set completed_at = s.done_at, started_at = greatest(b.created_at, s.done_at - interval '2 days'), updated_at = greatest(b.updated_at, s.done_at)
    from spread s where b.id = s.id`);
}
