// npm run export -- --project <slug> --format md|csv|json [--out file]
//                   [--priority P0,untriaged] [--status not_started,in_progress] [--category Security] [--q text]
// Writes a project's backlog to stdout (or --out), straight from the database: no server needed.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { exportFilterSchema } from "@/lib/importer/export-filter";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/importer/export-format";
import { loadExportDocument } from "@/lib/importer/export-queries";
import { cliArgs } from "./lib/args";
import { die, runCli } from "./lib/cli";
import { withDb } from "./lib/open-db";

const usage = "npm run export -- --project <slug> --format md|csv|json [--out <file>] [--priority P0,untriaged] [--status …] [--category …] [--q …]";

await runCli(async () => {
  const { values } = cliArgs(
    {
      project: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      priority: { type: "string" },
      status: { type: "string" },
      category: { type: "string" },
      q: { type: "string" },
    },
    usage,
  );
  const filter = exportFilterSchema.safeParse({ priority: values.priority, status: values.status, category: values.category, q: values.q });
  if (!filter.success) return die(`${z.prettifyError(filter.error)}\nUsage: ${usage}`);
  const format = (values.format ?? "md") as ExportFormat;
  if (!values.project || !Object.hasOwn(EXPORT_FORMATS, format)) return die(`Give --project and a --format of md, csv or json.\nUsage: ${usage}`);

  await withDb(async ({ db }) => {
    const doc = (await loadExportDocument(db, values.project!, filter.data)) ?? die(`No project '${values.project}'.`, 1);
    const output = EXPORT_FORMATS[format].render(doc);
    if (values.out) {
      writeFileSync(values.out, output);
      console.error(`Wrote ${doc.items.length} items to ${values.out}`);
    } else process.stdout.write(output);
  });
});
