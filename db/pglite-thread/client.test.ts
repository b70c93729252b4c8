import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "../client";
import { openPgliteThread } from "./client";

// The embedded database on its own thread, through drizzle exactly as the app uses it.

describe("PGlite on its own thread", () => {
  let h: DbHandle;
  // PGlite's result shape (drizzle's execute is typed per driver; the app's Db type is driver-neutral).
  const rowsOf = async <T,>(query: SQL, db = h.db) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  beforeAll(async () => {
    h = await openDb({ driver: "pglite", thread: true });
    await h.db.execute(sql`create table t (id int primary key, v text, at timestamptz default now(), doc jsonb)`);
  });
  afterAll(async () => h.close());

  it("runs queries off the calling thread, with values as the driver expects", async () => {
    await h.db.execute(sql`insert into t (id, v, doc) values (1, 'one', ${JSON.stringify({ a: [1, 2] })}::jsonb)`);
    const [row] = await rowsOf<{ id: number; v: string; at: string; doc: unknown }>(sql`select id, v, at, doc from t where id = ${1}`);
    expect(row).toMatchObject({ id: 1, v: "one", doc: { a: [1, 2] } });
    // Timestamps stay text for drizzle to map (its parsers keep them as PostgreSQL wrote them).
    expect(typeof row!.at).toBe("string");
  });

  it("commits a transaction, rolls one back on a throw, and keeps savepoints", async () => {
    await h.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t (id, v) values (2, 'two')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into t (id, v) values (3, 'three')`);
          throw new Error("undo the savepoint");
        })
        .catch(() => undefined);
    });
    await expect(
      h.db.transaction(async (tx) => {
        await tx.execute(sql`insert into t (id, v) values (4, 'four')`);
        throw new Error("nope");
      }),
    ).rejects.toThrow("nope");
    const ids = (await rowsOf<{ id: number }>(sql`select id from t order by id`)).map((r) => r.id);
    expect(ids).toEqual([1, 2]);
  });

  it("brings PostgreSQL's error fields back (the app reads code and constraint)", async () => {
    const error = await h.db.execute(sql`insert into t (id, v) values (1, 'dup')`).catch((e: unknown) => e as Error & { cause?: Record<string, unknown> });
    const cause = (error as { cause?: Record<string, unknown> }).cause ?? (error as unknown as Record<string, unknown>);
    expect(cause).toMatchObject({ code: "23505", constraint: "t_pkey", severity: "ERROR" });
  });

  it("a query outside a transaction waits for it (one connection), and a failed one leaves nothing", async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = h.db.transaction(async (t) => {
      await t.execute(sql`insert into t (id, v) values (5, 'five')`);
      order.push("tx wrote");
      await held;
      order.push("tx ends");
    });
    await new Promise((r) => setTimeout(r, 50));
    const outside = rowsOf<{ n: number }>(sql`select count(*)::int as n from t`).then((rows) => {
      order.push("outside read");
      return rows[0];
    });
    await new Promise((r) => setTimeout(r, 50));
    release();
    await tx;
    expect(await outside).toEqual({ n: 3 });
    expect(order).toEqual(["tx wrote", "tx ends", "outside read"]);

    await expect(h.db.transaction(async (t) => t.execute(sql`insert into t (id, v) values (5, 'again')`))).rejects.toThrow();
    expect((await rowsOf<{ n: number }>(sql`select count(*)::int as n from t`))[0]).toEqual({ n: 3 });
  });

  it("delivers NOTIFY to listeners after commit, and stops when asked", async () => {
    const heard: string[] = [];
    const stop = await h.listen("hb_test", (p) => heard.push(p));
    await h.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('hb_test', 'inside')`);
      expect(heard).toEqual([]);
    });
    await h.db.execute(sql`select pg_notify('hb_test', 'outside')`);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual(["inside", "outside"]);
    await stop();
    await h.db.execute(sql`select pg_notify('hb_test', 'after')`);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual(["inside", "outside"]);
  });

  it("a thread that dies fails what was in flight with a connection error, and the next query starts a new one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hb-pglite-thread-"));
    const client = await openPgliteThread(join(dir, "db"));
    try {
      await client.exec("create table kept (v text); insert into kept values ('before')");
      const heard: string[] = [];
      await client.listen("hb_restart", (p) => heard.push(p));
      const inFlight = client.query("select pg_sleep(0.5)");
      await new Promise((r) => setTimeout(r, 50));
      await client.killThreadForTests();
      await expect(inFlight).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
      // The data on disk is there, and the LISTEN was renewed on the new thread.
      expect((await client.query<{ v: string }>("select v from kept")).rows).toEqual([{ v: "before" }]);
      await client.query("select pg_notify('hb_restart', 'after')");
      await new Promise((r) => setTimeout(r, 50));
      expect(heard).toEqual(["after"]);
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("migrates the app's schema", async () => {
    const fresh = await openDb({ driver: "pglite", thread: true });
    try {
      await fresh.migrate();
      const tables = await rowsOf<{ n: number }>(sql`select count(*)::int as n from information_schema.tables where table_name = 'backlog_items'`, fresh.db);
      expect(tables[0]).toEqual({ n: 1 });
    } finally {
      await fresh.close();
    }
  });
});
