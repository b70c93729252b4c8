import "server-only";
import type { Db } from "@/db";
import { composeMail } from "./queries";
import { claimDue, markFailed, markSent, markSkipped, renewLease, LEASE_MS } from "./outbox-service";
import type { Send } from "./transport";

// One pass over the queue: claim what is due, compose each message from the entry as it is now,
// send it, record the outcome. Returns what happened, for the worker's log and the benchmark.

/** Messages in flight at once: the SMTP pool keeps four connections open (transport.ts). */
const LANES = 4;

type Outcome = "sent" | "failed" | "skipped" | "lost";

export async function drainOnce(db: Db, send: Send, appUrl: string, options: { limit?: number; leaseMs?: number; now?: Date } = {}) {
  const rows = await claimDue(db, options.limit ?? 20, options.leaseMs ?? LEASE_MS, options.now);
  const now = options.now ?? new Date();
  const leaseMs = options.leaseMs ?? LEASE_MS;

  const one = async (row: (typeof rows)[number]): Promise<Outcome> => {
    let mail;
    try {
      mail = await composeMail(db, row, appUrl);
    } catch (error) {
      await markFailed(db, row, `compose: ${error instanceof Error ? error.message : String(error)}`, now);
      return "failed";
    }
    if (!mail) {
      await markSkipped(db, row, "nothing to send (entry gone, account disabled or digest empty)", now);
      return "skipped";
    }
    // Another worker took it after this one's lease ran out: leave it to that one.
    if (!(await renewLease(db, row, leaseMs, options.now))) return "lost";
    try {
      await send(mail);
      await markSent(db, row, now);
      return "sent";
    } catch (error) {
      await markFailed(db, row, error instanceof Error ? error.message : String(error), now);
      return "failed";
    }
  };

  // A few messages at a time, each on its own path (compose, renew, send, record): one slow
  // recipient's server does not hold up the rest, and the pool's connections are all used.
  const outcomes: Outcome[] = [];
  let next = 0;
  const lane = async () => {
    while (next < rows.length) outcomes.push(await one(rows[next++]!));
  };
  await Promise.all(Array.from({ length: Math.min(LANES, rows.length) }, lane));
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  return { claimed: rows.length, sent: count("sent"), failed: count("failed"), skipped: count("skipped") };
}
