// Webhook benchmark (issue #20), PostgreSQL only, on a throwaway database:
//   1. change → receiver: a production build (`next start`) with the demo data, whose in-process
//      worker delivers webhooks; this process registers an endpoint (a receiver on loopback, allowed
//      by WEBHOOK_ALLOWED_HOSTS) and changes items' status through the item writer, timing the
//      commit → the receiver holding the signed `item.status_changed`. BENCH_WEBHOOK_RUNS (default 50).
//   2. the outbox: BENCH_WEBHOOK_EVENTS (default 10,000) queued events drained by two workers at
//      once (as two app instances would) to the loopback receiver; every event must arrive exactly once.
//
//   BENCH_ONLY=webhooks npm run bench
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { setDbHandleForTests } from "@/db";
import { openDb } from "@/db/client";
import { seedDemo } from "@/db/demo/seed";
import { backlogItems, users } from "@/db/schema";
import { webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";
import { setItemStatus } from "@/lib/backlog/service";
import { userActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { drainWebhooksOnce } from "@/lib/webhooks/drain";
import { createEndpoint } from "@/lib/webhooks/endpoint-service";
import { verifySignature } from "@/lib/webhooks/signature";
import { cleanupStack, serverEnv, withCleanups, writeResults } from "./harness";
import { ensureBuild, freePort, machine, startServer, stopServer, throwawayDatabase, waitForHealth } from "./server";
import { envInt, summarise, type Summary } from "./stats";

const RUNS = envInt("BENCH_WEBHOOK_RUNS", 50);
const EVENTS = envInt("BENCH_WEBHOOK_EVENTS", 10_000);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const log = (message: string) => console.log(`[webhooks-bench] ${message}`);
const cleanups = cleanupStack("webhooks-bench");

type Delivery = { id: string; type: string; body: string; signature: string; at: number };

/** A receiver on loopback that answers 200 and calls the waiter for each delivery. */
async function startReceiver() {
  const received: Delivery[] = [];
  let waiter: ((d: Delivery) => void) | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const d = { id: String(req.headers["x-health-backlog-delivery"]), type: String(req.headers["x-health-backlog-event"]), body: Buffer.concat(chunks).toString(), signature: String(req.headers["x-health-backlog-signature"] ?? ""), at: performance.now() };
      received.push(d);
      res.writeHead(200).end("ok");
      waiter?.(d);
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    next: (match: (d: Delivery) => boolean) => new Promise<Delivery>((resolve) => (waiter = (d) => match(d) && resolve(d))),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function changeToReceiver(url: string, receiver: Awaited<ReturnType<typeof startReceiver>>) {
  await ensureBuild(log);
  const port = await freePort();
  const server = startServer(port, { ...serverEnv(cleanups, "hb-webhooks-bench-", url), WEBHOOK_ALLOWED_HOSTS: "127.0.0.1" });
  cleanups.add(() => stopServer(server));
  await waitForHealth(server);
  const handle = await openDb({ driver: "postgres", url, max: 4 });
  cleanups.add(() => handle.close());
  setDbHandleForTests(handle);
  const db = handle.db;
  const [lead] = await db.select().from(users).where(eq(users.email, "lead@example.com"));
  const [admin] = await db.select().from(users).where(eq(users.email, "admin@example.com"));
  const endpoint = await createEndpoint(db, userActor(admin!), { url: `${receiver.url}/latency`, description: "bench", format: "json", events: ["item.status_changed"] });
  const items = await db.select({ id: backlogItems.id }).from(backlogItems).limit(RUNS);
  const samples: number[] = [];
  const actor = userActor(lead!);
  for (let i = 0; i < RUNS; i++) {
    const [row] = await db.select().from(backlogItems).where(eq(backlogItems.id, items[i % items.length]!.id));
    const status = row!.status === "in_progress" ? "not_started" : "in_progress";
    const heard = receiver.next((d) => d.type === "item.status_changed" && d.body.includes(row!.id));
    const started = performance.now();
    await setItemStatus(db, actor, { id: row!.id, version: row!.version, status });
    const delivery = await heard;
    samples.push(delivery.at - started);
    if (!verifySignature(endpoint.secret, delivery.signature, delivery.body).ok) throw new Error("a delivery's signature did not verify");
  }
  await stopServer(server);
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
  return { runs: RUNS, commitToReceiver: summarise(samples, 1) };
}

async function outboxDrain(url: string, receiver: Awaited<ReturnType<typeof startReceiver>>) {
  const a = await openDb({ driver: "postgres", url, max: 4 });
  const b = await openDb({ driver: "postgres", url, max: 4 });
  cleanups.add(() => a.close());
  cleanups.add(() => b.close());
  const [endpoint] = await a.db.insert(webhookEndpoints).values({ url: `${receiver.url}/drain`, events: ["item.updated"], secret: "whsec_bench" }).returning();
  await a.db.execute(sql`
    insert into ${webhookOutbox} (endpoint_id, event_type, payload)
    select ${endpoint!.id}::uuid, 'item.updated', jsonb_build_object('item', jsonb_build_object('key', 'B-' || g, 'title', 'Bench item ' || g), 'changes', jsonb_build_object('status', jsonb_build_object('from', 'not_started', 'to', 'in_progress')))
    from generate_series(1, ${EVENTS}) g`);
  const before = receiver.received.length;
  const allowHosts = ["127.0.0.1"];
  const worker = async (db: typeof a.db) => {
    let delivered = 0;
    for (;;) {
      const r = await drainWebhooksOnce(db, { limit: 50, allowHosts });
      delivered += r.delivered;
      if (!r.claimed) return delivered;
    }
  };
  const started = performance.now();
  const [byA, byB] = await Promise.all([worker(a.db), worker(b.db)]);
  const seconds = (performance.now() - started) / 1000;
  const got = receiver.received.slice(before).filter((d) => d.type === "item.updated");
  const ids = new Set(got.map((d) => d.id));
  if (got.length !== EVENTS || ids.size !== EVENTS) throw new Error(`expected ${EVENTS} distinct deliveries, got ${got.length} (${ids.size} distinct)`);
  return { events: EVENTS, seconds: Math.round(seconds * 10) / 10, perSecond: Math.round(EVENTS / seconds), byWorker: [byA, byB], duplicates: got.length - ids.size };
}

export async function runWebhooksBench() {
  const startedAt = new Date();
  await withCleanups(cleanups, async () => {
    // The receiver is on loopback, which deliveries (and registering an endpoint) refuse unless allowed.
    Object.assign(process.env, { WEBHOOK_ALLOWED_HOSTS: "127.0.0.1" });
    resetEnvForTests();
    const database = await throwawayDatabase(SERVER, "webhooks");
    cleanups.add(database.drop);
    const seed = await openDb({ driver: "postgres", url: database.url, max: 2 });
    await seed.migrate();
    await seedDemo(seed.db);
    await seed.close();
    const receiver = await startReceiver();
    cleanups.add(receiver.close);
    log(`demo data on a throwaway database; ${RUNS} status changes, then ${EVENTS.toLocaleString("en")} queued events`);
    const latency: { runs: number; commitToReceiver: Summary } = await changeToReceiver(database.url, receiver);
    log(`change → signed delivery at the receiver: median ${latency.commitToReceiver.median} ms, p95 ${latency.commitToReceiver.p95} ms`);
    const drain = await outboxDrain(database.url, receiver);
    log(`${drain.events.toLocaleString("en")} events drained by two workers in ${drain.seconds} s (${drain.perSecond}/s; ${drain.byWorker.join(" + ")}; duplicates ${drain.duplicates})`);
    writeResults("webhooks-bench", startedAt, { machine: machine(), startedAt, latency, drain }, log);
  });
}
