// npm run import -- <file> --project <slug> [--name "Project name"] [--dry-run] [--json]
//                   [--mark-missing-wont-do] [--priority "Priority 5=P2"]...
// Imports a Markdown plan into a project (created if needed), straight into the database: no
// server needed. With --json, prints what the document contains as one JSON document
// ({ items, slaPolicies, metrics, warnings }); --dry-run --json does not open the database at all.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describeChanges, shapeWords } from "@/lib/importer/dry-run-words";
import { decodeDocument } from "@/lib/importer/decode";
import { parsePlan } from "@/lib/importer/parse";
import type { PriorityMap } from "@/lib/importer/priority";
import { importDocument } from "@/lib/importer/service";
import type { ParseResult, Priority } from "@/lib/importer/types";
import { ActionFailure } from "@/lib/result";
import { cliArgs } from "./lib/args";
import { die, runCli } from "./lib/cli";
import { withDb } from "./lib/open-db";
import { systemActor } from "@/lib/domain/actors";

const usage = 'npm run import -- <file> --project <slug> [--name "Project name"] [--dry-run] [--json] [--mark-missing-wont-do] [--priority "Label=P0..P3|none"]';

const refuse = (message: string, code = 2): never => die(`${message}\nUsage: ${usage}`, code);

const printJson = (parsed: ParseResult) =>
  console.log(JSON.stringify({ items: parsed.items, slaPolicies: parsed.slaPolicies, metrics: parsed.metrics, warnings: parsed.warnings }, null, 2));

await runCli(async () => {
  const { values, positionals } = cliArgs(
    {
      project: { type: "string" },
      name: { type: "string" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      "mark-missing-wont-do": { type: "boolean" },
      priority: { type: "string", multiple: true },
    },
    usage,
  );
  const file = positionals[0] ?? refuse("Give the file to import.");
  if (!values.project) refuse("Give the target project: --project <slug>.");
  const priorityMap: PriorityMap = {};
  for (const rule of values.priority ?? []) {
    const m = rule.match(/^(.+)=(P[0-3]|none)$/i) ?? refuse(`--priority "${rule}": write Label=P0..P3 or Label=none`);
    priorityMap[m[1]!.trim()] = m[2]!.toLowerCase() === "none" ? null : (m[2]!.toUpperCase() as Priority);
  }

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return refuse(`Cannot read ${file}: ${(error as Error).message}`, 1);
  }

  if (values.json && values["dry-run"]) {
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) return refuse(decoded.error, 1);
    const parsed = parsePlan(decoded.text, { priorityMap });
    parsed.warnings = [...decoded.warnings, ...parsed.warnings].sort((a, b) => a.line - b.line);
    return printJson(parsed);
  }

  try {
    await withDb(async ({ db }) => {
      const result = await importDocument(db, systemActor("cli"), {
        bytes,
        fileName: basename(file),
        projectSlug: values.project!,
        projectName: values.name,
        dryRun: !!values["dry-run"],
        markMissingWontDo: !!values["mark-missing-wont-do"],
        priorityMap,
      });
      if (!result.ok) return refuse(result.error, 1);
      if (values.json) return printJson(result.parsed);
      const { parsed, summary } = result;
      const verb = values["dry-run"] ? " would be" : "";
      console.log(`${basename(file)} → project ${values.project}${values["dry-run"] ? " (dry run: nothing written)" : ""}`);
      console.log(`  found ${parsed.items.length} items, ${parsed.slaPolicies.length} SLA rows, ${parsed.metrics.length} metric targets (${shapeWords(parsed.shapes).join(", ") || "no recognised shape"})`);
      if (summary) {
        console.log(`  items${verb} created: ${summary.created.length}, updated: ${summary.updated.length}, unchanged: ${summary.unchanged}`);
        for (const u of summary.updated.slice(0, 20)) console.log(`    ~ ${u.key} ${u.title}: ${describeChanges(u.changes).join("; ")}`);
        if (summary.missing.length) console.log(`  no longer in the document: ${summary.missing.length}${values["mark-missing-wont-do"] ? " (marked won't do)" : " (left alone; --mark-missing-wont-do to close them)"}`);
        const created = (xs: { action: string }[]) => xs.filter((x) => x.action === "create").length;
        console.log(`  SLA policy rows${verb} created: ${created(summary.slaPolicies)}; metrics${verb} created: ${created(summary.metrics)}`);
      } else {
        console.log(`  the project does not exist yet: all ${parsed.items.length} items would be created`);
      }
      for (const w of parsed.warnings) console.log(`  warning, line ${w.line}: ${w.message}`);
    });
  } catch (error) {
    if (error instanceof ActionFailure) refuse(error.message, 1);
    throw error;
  }
});
