import "server-only";
import type { Db } from "@/db";
import { composeMail } from "./queries";
import { claimDue, markFailed, markSent, markSkipped, renewLease, LEASE_MS } from "./outbox-service";
import type { Send } from "./transport";

// One pass over the queue: claim what is due, compose each message from the entry as it is now,
// send it, record the outcome. Returns what happened, for the worker's log and the benchmark.

export async function drainOnce(db: Db, send: Send, appUrl: string, options: { limit?: number; leaseMs?: number; now?: Date } = {}) {
  const rows = await claimDue(db, options.limit ?? 20, options.leaseMs ?? LEASE_MS, options.now);
  const now = options.now ?? new Date();
  let sent = 0;
  let failed = 0;
  let skipped = 0;
  for (const row of rows) {
    let mail;
    try {
      mail = await composeMail(db, row, appUrl);
    } catch (error) {
      await markFailed(db, row, `compose: ${error instanceof Error ? error.message : String(error)}`, now);
      failed++;
      continue;
    }
    if (!mail) {
      await markSkipped(db, row, "nothing to send (entry gone, account disabled or digest empty)", now);
      skipped++;
      continue;
    }
    // Another worker took it after this one's lease ran out: leave it to that one.
    if (!(await renewLease(db, row, options.leaseMs ?? LEASE_MS, options.now))) continue;
    try {
      await send(mail);
      await markSent(db, row, now);
      sent++;
    } catch (error) {
      await markFailed(db, row, error instanceof Error ? error.message : String(error), now);
      failed++;
    }
  }
  return { claimed: rows.length, sent, failed, skipped };
}
