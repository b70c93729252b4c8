// npm run export -- [--project <slug>] --format md|csv|json [--out file] [--tz Europe/Berlin]
//                   [the backlog's filters: --priority P0,untriaged --status … --severity … --assignee <user id>|none
//                    --category … --overdue --sla at_risk,overdue --q text --sort due --dir desc]
// Writes a backlog view (one project, or every project) to stdout (or --out), straight from the
// database: no server needed. The filters are the backlog's own (lib/backlog/filters.ts), so the
// file holds what /backlog with the same query string lists.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { backlogViewSchema, queryOfView } from "@/lib/backlog/filters";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/importer/export-format";
import { loadExportView } from "@/lib/importer/export-queries";
import { isTimeZone } from "@/lib/time/format";
import { cliArgs } from "./lib/args";
import { die, runCli } from "./lib/cli";
import { withDb } from "./lib/open-db";

const usage =
  "npm run export -- [--project <slug>] --format md|csv|json [--out <file>] [--tz <zone>] [--priority P0,untriaged] [--status …] [--severity …] [--assignee <user id>|none] [--category …] [--overdue] [--sla at_risk,overdue] [--q …] [--sort …] [--dir asc|desc]";

const FILTERS = ["project", "priority", "status", "severity", "assignee", "category", "sla", "q", "sort", "dir"] as const;

await runCli(async () => {
  const { values } = cliArgs(
    {
      format: { type: "string" },
      out: { type: "string" },
      tz: { type: "string" },
      overdue: { type: "boolean" },
      ...(Object.fromEntries(FILTERS.map((name) => [name, { type: "string" }])) as Record<(typeof FILTERS)[number], { type: "string" }>),
    },
    usage,
  );
  const view = backlogViewSchema.safeParse({ ...Object.fromEntries(FILTERS.map((name) => [name, values[name]])), overdue: values.overdue ? "1" : undefined });
  if (!view.success) return die(`${z.prettifyError(view.error)}\nUsage: ${usage}`);
  const format = (values.format ?? "md") as ExportFormat;
  if (!Object.hasOwn(EXPORT_FORMATS, format)) return die(`Give a --format of md, csv or json.\nUsage: ${usage}`);
  // The date columns' zone: this machine's unless told.
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) return die(`--tz must be a time zone such as Europe/Berlin.\nUsage: ${usage}`);

  await withDb(async ({ db }) => {
    // No user runs the CLI, so `--assignee me` is refused (loadExportView says so).
    const loaded = await loadExportView(db, queryOfView(view.data), null, timeZone);
    if (!loaded.ok) return die(loaded.error.message, loaded.error.code === "invalid" ? 2 : 1);
    const output = EXPORT_FORMATS[format].render(loaded.data);
    if (values.out) {
      writeFileSync(values.out, output);
      console.error(`Wrote ${loaded.data.items.length} items to ${values.out}`);
    } else process.stdout.write(output);
  });
});
