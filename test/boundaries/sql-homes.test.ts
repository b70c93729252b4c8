import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Where SQL runs is said by a file's name, so a reader knows where to look and what a module may do:
// an area's reads are `queries.ts` or `<thing>-queries.ts` (page-ready shapes, never a write), its
// writes `service.ts` or `<thing>-service.ts` (which may read inside their transaction), item and
// checklist writes lib/backlog/writer/, and the few infrastructure modules below. Nothing else runs
// SQL: not actions.ts (it validates and calls a service), not a pure model file, not app/ or
// components/ (pages load through lib/).

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

const READS = /^lib\/[^/]+\/(?:[a-z0-9-]+-)?queries\.ts$/;
const WRITES = /^lib\/[^/]+\/(?:[a-z0-9-]+-)?service\.ts$/;
const WRITER = /^lib\/backlog\/writer\/[^/]+\.ts$/;

/** Modules that run SQL but are neither an area's reads nor its writes; each says why. */
const INFRASTRUCTURE: Record<string, string> = {
  "lib/auth/api-token.ts": "a bearer token's actor, checked before the policy, with its last-used time",
  "lib/auth/sessions.ts": "session rows: created at sign-in, ended at sign-out",
  "lib/auth/sign-in.ts": "the password check against the user row, for Auth.js",
  "lib/auth/throttle.ts": "failed sign-in counters, kept apart from any transaction they guard",
  "lib/audit-log/append.ts": "the audit row every service appends inside its own transaction",
  "lib/live/publish.ts": "NOTIFY inside the writer's transaction (delivered on commit)",
  "lib/live/listen.ts": "the instance's one LISTEN connection",
  "lib/rate-limit/index.ts": "the API's per-token and per-address request counters",
  "lib/health.ts": "the health endpoint's ping and migration count",
  "lib/routing/page-exists.ts": "the layout's 404 check, one existence query per bracketed route",
};

// Running SQL: a query builder or raw statement on the database handle or a transaction (however
// the chain is wrapped over lines), or db/'s helpers that run one.
const RUNS_SQL = [
  /\b(?:db|tx|trx|handle)\s*\.\s*(?:select|selectDistinct|selectDistinctOn|insert|update|delete|execute|transaction|query|\$count|listen)\b\s*[(<.]/,
  /\bgetDb\(\)\)\s*\.\s*(?:select|insert|update|delete|execute|transaction)\b/,
  /\b(?:queryRows|insertJsonRows)\s*(?:<[^>]*>)?\(/,
];
// Writing: the builders' writes, a transaction, or SQL text that changes rows.
const WRITES_SQL = [
  /\b(?:db|tx|trx)\s*\.\s*(?:insert|update|delete|transaction)\s*\(/,
  /\binsertJsonRows\s*(?:<[^>]*>)?\(/,
  /\b(?:insert\s+into|delete\s+from)\s+[$\w]/i,
  /\bupdate\s+(?:\$\{\w+\}|[a-z_]+)\s+set\b/i,
];

const sources = ["lib", "app", "components"]
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => `${dir}/${f.split("\\").join("/")}`))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

const text = (file: string) => readFileSync(join(root, file), "utf8");
const runsSql = (source: string) => RUNS_SQL.some((p) => p.test(source));
const isHome = (file: string) => READS.test(file) || WRITES.test(file) || WRITER.test(file) || file in INFRASTRUCTURE;

describe("SQL runs only in modules whose name says so", () => {
  it("finds the sources and the SQL in them", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((f) => runsSql(text(f))).length).toBeGreaterThan(30);
  });

  it("runs no SQL outside queries, service, the item writer and the listed infrastructure (app/ and components/ none)", () => {
    const stray = sources.filter((f) => !isHome(f) && runsSql(text(f)));
    expect(stray, "rename the file (<thing>-queries.ts for reads, <thing>-service.ts for writes) or move its SQL into one").toEqual([]);
  });

  it("reads modules never write", () => {
    const writing = sources.filter((f) => READS.test(f)).flatMap((f) => WRITES_SQL.filter((p) => p.test(text(f))).map((p) => `${f}: ${p.source}`));
    expect(writing).toEqual([]);
  });

  it("lists only infrastructure modules that exist and run SQL", () => {
    const stale = Object.keys(INFRASTRUCTURE).filter((f) => !sources.includes(f) || !runsSql(text(f)));
    expect(stale).toEqual([]);
  });

  it("would notice each way of running SQL", () => {
    for (const source of [
      "const rows = await db.select().from(t);",
      "return tx\n      .update(t)\n      .set({ a: 1 });",
      "await db.transaction(async (tx) => 1);",
      "const n = await (await getDb()).execute(sql`select 1`);",
      "const rows = await queryRows<Row>(db, sql`select 1`);",
      "await insertJsonRows(tx, t, rows);",
      "await handle.listen(CHANNEL, () => {});",
    ]) {
      expect(runsSql(source), source).toBe(true);
    }
    for (const source of ["cache.delete(key);", "headers.delete(name);", "const where = sql`${t.id} = ${id}`;", "plan.update.length"]) expect(runsSql(source), source).toBe(false);
    expect(WRITES_SQL.some((p) => p.test("await db.execute(sql`update backlog_items set x = 1`)"))).toBe(true);
    expect(WRITES_SQL.some((p) => p.test("sql`delete from ${auditLog} where true`"))).toBe(true);
  });
});
