// npm run export -- --project <slug> --format md|csv|json [--out file]
// Writes a project's backlog to stdout (or --out), straight from the database: no server needed.
import { writeFileSync } from "node:fs";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/importer/export-format";
import { loadExportDocument } from "@/lib/importer/export-query";
import { cliArgs } from "./lib/args";
import { withDb } from "./lib/open-db";

const usage = "npm run export -- --project <slug> --format md|csv|json [--out <file>]";
const { values } = cliArgs({ project: { type: "string" }, format: { type: "string" }, out: { type: "string" } }, usage);
const format = (values.format ?? "md") as ExportFormat;
if (!values.project || !Object.hasOwn(EXPORT_FORMATS, format)) {
  console.error(`Give --project and a --format of md, csv or json.\nUsage: ${usage}`);
  process.exit(2);
}

await withDb(async ({ db }) => {
  const doc = await loadExportDocument(db, values.project!);
  if (!doc) {
    console.error(`No project '${values.project}'.`);
    process.exit(1);
  }
  const output = EXPORT_FORMATS[format].render(doc);
  if (values.out) {
    writeFileSync(values.out, output);
    console.error(`Wrote ${doc.items.length} items to ${values.out}`);
  } else process.stdout.write(output);
});
