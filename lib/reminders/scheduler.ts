import "server-only";
import type { DbHandle } from "@/db/client";
import { getEnv, mailConfigured } from "@/lib/env";
import { drainOnce } from "@/lib/mail/drain";
import { smtpSender } from "@/lib/mail/transport";
import { drainWebhooksOnce } from "@/lib/webhooks/drain";
import { WAKE_CHANNEL } from "@/lib/webhooks/outbox-service";
import { pruneNotifications } from "./retention-service";
import { runDigestPass, runReminderPass } from "./service";

// In-process background work, started once per app instance (lib/startup.ts): the reminder and
// digest pass every minute (one instance runs it at a time: the advisory lock in service.ts), old
// entries and sent e-mail pruned hourly (retention-service.ts), webhook deliveries as soon as an
// event is queued and every two seconds (lib/webhooks/drain.ts) and,
// when e-mail is set up, the queue drained every few seconds (instances share it row by row).
// A pass never overlaps itself; a failure is logged and the next tick tries again.

const REMINDER_EVERY_MS = 60_000;
const MAIL_EVERY_MS = 5_000;
const PRUNE_EVERY_MS = 3_600_000;
const WEBHOOKS_EVERY_MS = 2_000;

/** Runs `work` every `ms`; the returned `kick` runs it now (or right after the pass under way, if one is). */
function every(ms: number, name: string, work: () => Promise<unknown>) {
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        try {
          await work();
        } catch (error) {
          console.error(`[${name}]`, error instanceof Error ? error.message : error);
        }
      } while (again);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, ms);
  timer.unref();
  setTimeout(tick, Math.min(ms, 5_000)).unref();
  return { stop: () => clearInterval(timer), kick: () => void tick() };
}

const g = globalThis as unknown as { __backgroundStarted?: boolean };

export function startBackgroundWork(handle: () => Promise<DbHandle>) {
  const db = async () => (await handle()).db;
  if (g.__backgroundStarted) return;
  g.__backgroundStarted = true;
  every(REMINDER_EVERY_MS, "reminders", async () => {
    const d = await db();
    // The instance that held the lock for reminders also does the digests (one instance a minute).
    const { ran } = await runReminderPass(d);
    if (ran && mailConfigured()) await runDigestPass(d);
  });
  every(PRUNE_EVERY_MS, "retention", async () => pruneNotifications(await db()));
  // Webhook deliveries: every instance works the outbox (rows are claimed with SKIP LOCKED).
  // Woken on commit by any instance that queued an event (NOTIFY), so a change reaches its receiver
  // in milliseconds; the poll remains for retries that come due and for a missed notification.
  const webhooks = every(WEBHOOKS_EVERY_MS, "webhooks", async () => {
    const d = await db();
    const allowHosts = getEnv().WEBHOOK_ALLOWED_HOSTS;
    for (let i = 0; i < 50; i++) if (!(await drainWebhooksOnce(d, { limit: 50, allowHosts })).claimed) break;
  });
  void handle()
    .then((h) => h.listen(WAKE_CHANNEL, webhooks.kick))
    .catch((error: unknown) => console.error("[webhooks] cannot listen for new events; polling only:", error instanceof Error ? error.message : error));
  if (mailConfigured()) {
    const send = smtpSender();
    const appUrl = getEnv().APP_URL!;
    every(MAIL_EVERY_MS, "mail", async () => {
      const d = await db();
      // Drain what is due now, a batch at a time, before sleeping again.
      for (let i = 0; i < 50; i++) if (!(await drainOnce(d, send, appUrl, { limit: 50 })).claimed) break;
    });
    console.log("[start] e-mail notifications on (SMTP_URL set)");
  }
}
