import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";

// Changes are announced with PostgreSQL NOTIFY inside the writing transaction: delivered only on
// commit, to every app instance listening (see listen.ts), so several instances stay in step.

export const CHANNEL = "hb_changes";

export type ChangeEvent =
  | { type: "item"; id: string; projectId: string; version: number; by: string | null }
  | { type: "item.deleted"; id: string; projectId: string; by: string | null }
  | { type: "items"; ids: string[]; by: string | null }
  // New values of a metric (pages showing metrics redraw; item aggregates are unaffected).
  | { type: "metric"; key: string; by: string | null }
  // New inbox entries for these people (lib/notify/deliver.ts); each stream passes it on only to its own user.
  | { type: "inbox"; userIds: string[]; by: string | null };

export async function publishChange(tx: Tx | Db, event: ChangeEvent) {
  // NOTIFY payloads are limited to 8000 bytes; a large bulk change is announced without its ids.
  let payload = JSON.stringify(event);
  if (payload.length > 7000 && event.type === "items") payload = JSON.stringify({ ...event, ids: [] });
  await tx.execute(sql`select pg_notify(${CHANNEL}, ${payload})`);
}
