// Inbox and e-mail benchmark (issue #19), PostgreSQL only, on a throwaway database:
//   1. change → inbox: a production build (`next start`) with the demo data; the engineer holds the
//      live event stream open (GET /api/v1/events, as the bell does); this process assigns an item
//      to them through the item writer and times the commit → the stream's "inbox" event → the
//      entry in GET /api/v1/inbox, over loopback. BENCH_NOTIFY_RUNS changes (default 50).
//   2. the e-mail queue: BENCH_MAIL (default 10,000) queued messages drained by two workers at once
//      (as two app instances would) to a local SMTP server on loopback; every message must arrive
//      exactly once.
//
//   BENCH_ONLY=notify npm run bench
import { and, eq, sql } from "drizzle-orm";
import { setDbHandleForTests } from "@/db";
import { openDb } from "@/db/client";
import { seedDemo } from "@/db/demo/seed";
import { DEMO_PASSWORD } from "@/db/demo/users";
import { backlogItems, users } from "@/db/schema";
import { mailOutbox, notifications } from "@/db/schema-notifications";
import { updateItem } from "@/lib/backlog/service";
import { userActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { drainOnce } from "@/lib/mail/drain";
import { smtpSender } from "@/lib/mail/transport";
import { startSmtp } from "@/test/smtp";
import { cleanupStack, serverEnv, withCleanups, writeResults } from "./harness";
import { ensureBuild, freePort, machine, signIn, startServer, stopServer, throwawayDatabase, waitForHealth } from "./server";
import { envInt, summarise, type Summary } from "./stats";

const RUNS = envInt("BENCH_NOTIFY_RUNS", 50);
const MAIL = envInt("BENCH_MAIL", 10_000);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const log = (message: string) => console.log(`[notify-bench] ${message}`);
const cleanups = cleanupStack("notify-bench");

/** Reads an SSE stream, resolving waiters on each "inbox" event. */
async function inboxStream(base: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/events`, { headers: { cookie, accept: "text/event-stream", "sec-fetch-site": "same-origin" }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
  let waiter = null as (() => void) | null;
  let buffer = "";
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let cut;
        while ((cut = buffer.indexOf("\n\n")) !== -1) {
          const event = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (event.startsWith("event: inbox")) waiter?.();
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    next: () => new Promise<void>((resolve) => (waiter = resolve)),
    close: () => controller.abort(),
  };
}

async function changeToInbox(url: string) {
  await ensureBuild(log);
  const port = await freePort();
  const server = startServer(port, serverEnv(cleanups, "hb-notify-bench-", url));
  cleanups.add(() => stopServer(server));
  await waitForHealth(server);
  const handle = await openDb({ driver: "postgres", url, max: 4 });
  cleanups.add(() => handle.close());
  setDbHandleForTests(handle);
  const db = handle.db;
  const [engineer] = await db.select().from(users).where(eq(users.email, "engineer@example.com"));
  const [lead] = await db.select().from(users).where(eq(users.email, "lead@example.com"));
  const cookie = await signIn(server.base, { email: engineer!.email, password: DEMO_PASSWORD });
  const stream = await inboxStream(server.base, cookie);
  cleanups.add(() => stream.close());
  await new Promise((r) => setTimeout(r, 500));
  const items = await db.select().from(backlogItems).where(sql`${backlogItems.assigneeId} is null`).limit(RUNS + 5);
  const toEvent: number[] = [];
  const toEntry: number[] = [];
  const actor = userActor(lead!);
  for (let i = 0; i < RUNS; i++) {
    const item = items[i % items.length]!;
    const [row] = await db.select().from(backlogItems).where(eq(backlogItems.id, item.id));
    // Each change must be its own entry: the earlier ones are read (else the burst merges them).
    await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, engineer!.id), sql`${notifications.readAt} is null`));
    const heard = stream.next();
    const started = performance.now();
    await updateItem(db, actor, { id: row!.id, version: row!.version, changes: { assigneeId: row!.assigneeId === engineer!.id ? null : engineer!.id } });
    await heard;
    toEvent.push(performance.now() - started);
    const res = await fetch(`${server.base}/api/v1/inbox?unread=true&limit=5`, { headers: { cookie } });
    const body = (await res.json()) as { unread: number; entries: { text: string }[] };
    if (!body.unread && row!.assigneeId !== engineer!.id) throw new Error("the inbox did not show the entry");
    toEntry.push(performance.now() - started);
  }
  return { runs: RUNS, commitToEvent: summarise(toEvent, 1), commitToInboxRead: summarise(toEntry, 1) };
}

async function mailDrain(url: string) {
  const smtp = await startSmtp();
  cleanups.add(() => smtp.close());
  Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: "Health Backlog <bench@example.test>", APP_URL: "https://bench.example.test" });
  resetEnvForTests();
  const a = await openDb({ driver: "postgres", url, max: 4 });
  const b = await openDb({ driver: "postgres", url, max: 4 });
  cleanups.add(() => a.close());
  cleanups.add(() => b.close());
  const [engineer] = await a.db.select().from(users).where(eq(users.email, "engineer@example.com"));
  await a.db.delete(mailOutbox);
  // MAIL entries and their queued messages, made in the database (one statement each).
  await a.db.execute(sql`
    insert into ${notifications} (user_id, kind, subject_type, subject_id, actor_label, detail, burst_key)
    select ${engineer!.id}::uuid, 'assigned', 'item', gen_random_uuid()::text, 'Lee Lead',
      jsonb_build_object('items', jsonb_build_array(jsonb_build_object('id', 'x' || g, 'key', 'B-' || g, 'title', 'Bench item ' || g, 'project', 'bench'))),
      'bench:' || g
    from generate_series(1, ${MAIL}) g`);
  await a.db.execute(sql`
    insert into ${mailOutbox} (user_id, kind, notification_id, dedupe_key, not_before)
    select user_id, 'entry', id, 'bench:' || id, now() - interval '1 minute' from ${notifications} where burst_key like 'bench:%'`);
  const appUrl = "https://bench.example.test";
  const worker = async (db: typeof a.db) => {
    const send = smtpSender();
    let sent = 0;
    for (;;) {
      const r = await drainOnce(db, send, appUrl, { limit: 50 });
      sent += r.sent;
      if (!r.claimed) return sent;
    }
  };
  const started = performance.now();
  const [sentA, sentB] = await Promise.all([worker(a.db), worker(b.db)]);
  const seconds = (performance.now() - started) / 1000;
  const ids = new Set(smtp.received.map((m) => m.messageId));
  if (smtp.received.length !== MAIL || ids.size !== MAIL) throw new Error(`expected ${MAIL} distinct messages, got ${smtp.received.length} (${ids.size} distinct)`);
  return { messages: MAIL, seconds: Math.round(seconds * 10) / 10, perSecond: Math.round(MAIL / seconds), byWorker: [sentA, sentB], duplicates: smtp.received.length - ids.size };
}

export async function runNotifyBench() {
  const startedAt = new Date();
  await withCleanups(cleanups, async () => {
    const database = await throwawayDatabase(SERVER, "notify");
    cleanups.add(database.drop);
    const seed = await openDb({ driver: "postgres", url: database.url, max: 2 });
    await seed.migrate();
    await seedDemo(seed.db);
    await seed.close();
    log(`demo data on a throwaway database; ${RUNS} changes, then ${MAIL.toLocaleString("en")} e-mails`);
    const latency: { runs: number; commitToEvent: Summary; commitToInboxRead: Summary } = await changeToInbox(database.url);
    log(`change → "inbox" event on the stream: median ${latency.commitToEvent.median} ms, p95 ${latency.commitToEvent.p95} ms`);
    log(`change → entry read from GET /api/v1/inbox: median ${latency.commitToInboxRead.median} ms, p95 ${latency.commitToInboxRead.p95} ms`);
    const mail = await mailDrain(database.url);
    log(`${mail.messages.toLocaleString("en")} e-mails drained by two workers in ${mail.seconds} s (${mail.perSecond}/s; ${mail.byWorker.join(" + ")}; duplicates ${mail.duplicates})`);
    writeResults("notify-bench", startedAt, { machine: machine(), startedAt, latency, mail }, log);
  });
}
