// Importer benchmark: a generated 10,000-item plan (~1.5 MB) — dry run, commit and unchanged
// re-import, on PGlite (on disk) and on PostgreSQL (BENCH_DATABASE_URL or the local server) — and
// parse times of real plans and of hostile inputs at the upload limit.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type DbHandle } from "@/db/client";
import { decodeDocument } from "@/lib/importer/decode";
import { HOSTILE_SHAPES } from "@/lib/importer/hostile-shapes";
import { parsePlan } from "@/lib/importer/parse";
import { importDocument } from "@/lib/importer/service";
import { generatePlan } from "./generate-plan";
import { throwawayDatabase } from "./server";
import { summarise, time } from "./stats";
import { systemActor } from "@/lib/domain/actors";

/**
 * About 3 MB of real plans: every corpus document (held-out sets included, CRLF files too) one after
 * another, repeated. Real hands exercise readers the generated plan never reaches; a reader that
 * re-read the document per match made this quadratic once (recognise/label-lines.ts).
 */
function realPlansText(bytes = 3_000_000): string {
  const root = join(process.cwd(), "test/fixtures");
  let all = "";
  for (const dir of readdirSync(root).filter((d) => d.startsWith("corpus")).sort())
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) all += readFileSync(join(root, dir, file), "utf8") + "\n\n";
  let text = "";
  while (text.length < bytes) text += all;
  return text;
}

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SYSTEM = systemActor("bench");

async function benchDriver(label: string, handle: DbHandle, bytes: Uint8Array) {
  const rows: Record<string, ReturnType<typeof summarise>> = {};
  const dry: number[] = [];
  const commit: number[] = [];
  const reimport: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const slug = `bench-${run}`;
    const input = { bytes, fileName: "plan.md", projectSlug: slug };
    dry.push((await time(() => importDocument(handle.db, SYSTEM, { ...input, dryRun: true })))[0]);
    const [ms, result] = await time(() => importDocument(handle.db, SYSTEM, { ...input, dryRun: false }));
    if (!result.ok || result.summary!.created.length !== ITEMS) throw new Error(`commit created ${result.ok ? result.summary!.created.length : result.error}`);
    commit.push(ms);
    const [again, second] = await time(() => importDocument(handle.db, SYSTEM, { ...input, dryRun: false }));
    if (!second.ok || second.summary!.created.length + second.summary!.updated.length !== 0) throw new Error("re-import changed something");
    reimport.push(again);
  }
  rows[`${label}: dry run (new project)`] = summarise(dry);
  rows[`${label}: commit ${ITEMS} items`] = summarise(commit);
  rows[`${label}: re-import unchanged`] = summarise(reimport);
  return rows;
}

export async function runImportBench() {
  const text = generatePlan(ITEMS);
  const bytes = new TextEncoder().encode(text);
  const parsed = parsePlan(text);
  if (parsed.items.length !== ITEMS) throw new Error(`generated plan parses to ${parsed.items.length} items, not ${ITEMS}`);
  console.log(`import benchmark: ${ITEMS} items, ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${RUNS} runs each`);

  const parseTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) parseTimes.push((await time(() => { const d = decodeDocument(bytes); if (d.ok) parsePlan(d.text); }))[0]);
  const results: Record<string, ReturnType<typeof summarise>> = { "decode + parse": summarise(parseTimes) };
  const real = realPlansText();
  const realTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) realTimes.push((await time(() => parsePlan(real)))[0]);
  results[`parse ${(real.length / 1e6).toFixed(1)} MB of real plans (the corpora, repeated)`] = summarise(realTimes);
  // Hostile but valid uploads at the upload limit (lib/importer/hostile-shapes.ts): each once took 20–90 s.
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    const hostile = make();
    const hostileTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) hostileTimes.push((await time(() => parsePlan(hostile)))[0]);
    results[`parse hostile ${(hostile.length / 1e6).toFixed(1)} MB: ${name}`] = summarise(hostileTimes);
  }

  const dir = mkdtempSync(join(tmpdir(), "hb-bench-"));
  const pglite = await openDb({ driver: "pglite", dataDir: join(dir, "pglite") });
  await pglite.migrate();
  Object.assign(results, await benchDriver("PGlite", pglite, bytes));
  await pglite.close();
  rmSync(dir, { recursive: true, force: true });

  const server = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  let database: Awaited<ReturnType<typeof throwawayDatabase>> | undefined;
  try {
    database = await throwawayDatabase(server, "import");
    const pg = await openDb({ driver: "postgres", url: database.url });
    await pg.migrate();
    Object.assign(results, await benchDriver("PostgreSQL", pg, bytes));
    await pg.close();
  } catch (error) {
    console.error(`PostgreSQL part skipped: ${(error as Error).message}`);
  } finally {
    await database?.drop().catch(() => {});
  }
  console.table(results);
  return results;
}
