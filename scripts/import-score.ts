// npm run import:score [-- --json] [-- --details] [-- --dir <corpus folder>]
// Scores the importer against the careful-reader manifests of test/fixtures/corpus (see its
// README): every plan is decoded and parsed exactly as an upload is (decodeDocument, parsePlan with
// default options), every runbook read as the runbook import reads it. Prints per document, per
// shape (s01…s13) and micro-averaged totals; --details adds the missed, unclean, extra and wrong items.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { decodeDocument } from "@/lib/importer/decode";
import { parsePlan } from "@/lib/importer/parse";
import { importRunbook } from "@/lib/runbooks/markdown-file";
import { parseScenarios } from "@/lib/runbooks/outline";
import { cliArgs } from "./lib/args";
import { die, runCli } from "./lib/cli";
import {
  planManifestSchema,
  rates,
  runbookManifestSchema,
  scoreDocument,
  scoreRunbook,
  summarise,
  type Counts,
  type DocumentScore,
  type RunbookScore,
} from "./lib/import-score";

const usage = "npm run import:score -- [--json] [--details] [--dir test/fixtures/corpus]";

/** The document's text as the import reads it; a document that cannot be decoded stops the run. */
function decode(path: string): string {
  const decoded = decodeDocument(readFileSync(path));
  return decoded.ok ? decoded.text : die(`${path}: ${decoded.error}`, 1);
}

function manifest<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return die(`${path}: ${(error as Error).message}`, 1);
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : die(`${path}: not a valid manifest: ${parsed.error.message}`, 1);
}

// A corpus need not have runbooks (the held-out corpus has none), so a missing folder is empty.
const documentsIn = (dir: string) =>
  (existsSync(dir) ? readdirSync(dir) : [])
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => ({ name: basename(f, ".md"), path: join(dir, f), manifestPath: join(dir, `${basename(f, ".md")}.json`) }));

function scorePlan(doc: { name: string; path: string; manifestPath: string }): DocumentScore {
  const expected = manifest(doc.manifestPath, planManifestSchema);
  const parsed = parsePlan(decode(doc.path));
  const found = parsed.items.map((item) => ({
    title: item.title,
    done: item.done,
    status: item.status,
    priority: item.priority,
    category: item.category,
    files: item.checklist.filter((entry) => entry.kind === "file").map((entry) => entry.text),
  }));
  return scoreDocument(doc.name, expected, found, parsed.metrics);
}

function scoreRunbookFile(doc: { name: string; path: string; manifestPath: string }): RunbookScore {
  const expected = manifest(doc.manifestPath, runbookManifestSchema);
  const { title, body } = importRunbook(decode(doc.path), basename(doc.path));
  const scenarios = parseScenarios(body, { title }).scenarios.map((s) => ({ title: s.title, steps: s.steps.length }));
  return scoreRunbook(doc.name, expected, { title, scenarios });
}

const pct = (r: number | null) => (r === null ? "–" : `${Math.round(r * 1000) / 10}%`);
const pad = (text: string | number, width: number) => String(text).padStart(width);

const HEADER = `${"".padEnd(38)} ${pad("exp", 4)} ${pad("found", 5)} ${pad("match", 5)} ${pad("recall", 7)} ${pad("prec", 7)} ${pad("done", 7)} ${pad("prio", 7)} ${pad("exact", 7)}`;

function line(label: string, c: Counts): string {
  const r = rates(c);
  return `${label.padEnd(38).slice(0, 38)} ${pad(c.expected, 4)} ${pad(c.found, 5)} ${pad(c.matched, 5)} ${pad(pct(r.recall), 7)} ${pad(pct(r.precision), 7)} ${pad(pct(r.doneAccuracy), 7)} ${pad(pct(r.priorityAccuracy), 7)} ${pad(pct(r.exact), 7)}`;
}

function printText(docs: DocumentScore[], runbooks: RunbookScore[], details: boolean) {
  const summary = summarise(docs);
  const t = rates(summary.totals);
  console.log(`Importer corpus score: ${docs.length} plan documents, ${summary.totals.expected} items expected, ${runbooks.length} runbooks`);
  console.log("recall = matched with a clean title / expected; prec = matched / found; done, prio = right on matched; exact = clean + done + prio / expected\n");
  console.log(HEADER);
  for (const doc of docs) {
    console.log(line(doc.name, doc.counts));
    if (!details) continue;
    for (const title of doc.missed) console.log(`    missed:  ${title}`);
    for (const [want, got] of doc.unclean) console.log(`    unclean: ${want}  ←  ${got}`);
    for (const title of doc.extra) console.log(`    extra:   ${title}`);
    for (const text of doc.wrong) console.log(`    wrong:   ${text}`);
  }
  console.log(`\n${HEADER}`);
  for (const [shape, counts] of summary.perShape) console.log(line(`shape ${shape}`, counts));
  console.log(line("TOTAL (micro-averaged)", summary.totals));
  console.log(`\nrecall with clean titles ${pct(t.recall)}, with any title ${pct(t.looseRecall)}; precision ${pct(t.precision)}`);
  console.log(`done ${pct(t.doneAccuracy)}, priority ${pct(t.priorityAccuracy)} on matched items; exact (clean + done + priority) ${pct(t.exact)}`);
  console.log(
    `status ${pct(t.statusAccuracy)} of ${summary.totals.statusChecked} given; category ${pct(t.categoryAccuracy)} of ${summary.totals.categoryChecked}; files ${pct(t.filesAccuracy)} of ${summary.totals.filesChecked}; metrics ${summary.totals.metricsRight}/${summary.totals.metricsExpected} (${summary.totals.metricsFound} found)`,
  );
  console.log(`zero-item documents a human reads as a plan: ${summary.zeroItemPlans.length}${summary.zeroItemPlans.length ? ` (${summary.zeroItemPlans.join(", ")})` : ""}`);
  console.log(`prose documents that gave items: ${summary.proseWithItems.length}${summary.proseWithItems.length ? ` (${summary.proseWithItems.join(", ")})` : ""}`);

  if (runbooks.length === 0) return;
  console.log("\nRunbooks: title, scenarios expected → found, scenarios with the right step count");
  for (const rb of runbooks) {
    console.log(`${rb.name.padEnd(38)} title ${rb.titleRight ? "ok" : `"${rb.titleFound}"`}  scenarios ${rb.scenariosExpected} → ${rb.scenariosFound}  steps right ${rb.stepsRight}/${rb.scenariosExpected}`);
    if (details) for (const text of rb.detail) console.log(`    ${text}`);
  }
  const rbScenarios = runbooks.reduce((n, rb) => n + rb.scenariosExpected, 0);
  console.log(
    `runbooks with the right title ${runbooks.filter((rb) => rb.titleRight).length}/${runbooks.length}, right scenario count ${runbooks.filter((rb) => rb.scenariosFound === rb.scenariosExpected).length}/${runbooks.length}, scenarios with the right steps ${runbooks.reduce((n, rb) => n + rb.stepsRight, 0)}/${rbScenarios}`,
  );
}

await runCli(() => {
  const { values } = cliArgs({ json: { type: "boolean" }, details: { type: "boolean" }, dir: { type: "string" } }, usage);
  const dir = values.dir ?? "test/fixtures/corpus";
  const docs = documentsIn(dir).map(scorePlan);
  const runbooks = documentsIn(join(dir, "runbooks")).map(scoreRunbookFile);
  if (docs.length === 0) die(`No documents in ${dir}.`, 1);
  if (values.json) {
    const summary = summarise(docs);
    const withRates = <T extends { counts: Counts }>(x: T) => ({ ...x, rates: rates(x.counts) });
    console.log(
      JSON.stringify(
        {
          documents: docs.map(withRates),
          perShape: summary.perShape.map(([shape, counts]) => ({ shape, counts, rates: rates(counts) })),
          totals: { counts: summary.totals, rates: rates(summary.totals) },
          zeroItemPlans: summary.zeroItemPlans,
          proseWithItems: summary.proseWithItems,
          runbooks,
        },
        null,
        2,
      ),
    );
    return;
  }
  printText(docs, runbooks, values.details ?? false);
});
