import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("record headings with a plain field line", () => {
  it("reads heading, prose and a '·' field line as one item", () => {
    const md = [
      "# Platform chores",
      "",
      "## Storage",
      "",
      "### Compact the `event_store` snapshots",
      "Snapshots grow by 4 GB a week and restores are slow.",
      "Priority: P1 · Size: M · Files: `infra/snapshots.tf`, `jobs/compact.ts`",
      "",
      "### Retire the NFS share",
      "Priority: Low · Status: done ✅",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priority, i.done, i.category])).toEqual([
      ["Compact the event_store snapshots", "P1", false, ["Storage"]],
      ["Retire the NFS share", "P3", true, ["Storage"]],
    ]);
    expect(items[0]!.checklist.map((c) => c.text)).toEqual(["infra/snapshots.tf", "jobs/compact.ts"]);
    expect(items[0]!.description).toContain("Snapshots grow");
  });

  it("reads other separators and another language", () => {
    const md = ["# Mejoras", "", "## Pagos", "", "### Reintentar cobros fallidos", "Hoy se pierden un 3% de cobros.", "Prioridad: alta | Estado: en curso", "", "### Quitar el SDK antiguo", "Prioridad: baja; Estado: pendiente", ""].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Reintentar cobros fallidos", "P1", "in_progress"],
      ["Quitar el SDK antiguo", "P3", "not_started"],
    ]);
  });

  it("a status field that tells a longer story names no state; a leading mark does", () => {
    const md = ["# Vorhaben", "", "## Plattform", "", "### Rollen vereinfachen", "Priorität: hoch · Status: Konzept fertig, Umsetzung startet im Februar", "", "### Alte API abschalten", "Priority: Low · Status: ✅ Fixed on 3 May, checked by QA", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Rollen vereinfachen", "not_started"],
      ["Alte API abschalten", "done"],
    ]);
  });

  it("one heading with a field line in a prose document is not a record", () => {
    const md = "# Architecture\n\n## Storage\n\nWe use Postgres.\nPriority: P1 · Size: M\n\n## Queues\n\nWe use SQS.\n";
    expect(parsePlan(md).items).toEqual([]);
  });

  it("reads a lone paragraph that opens with the status field and wraps onto more lines", () => {
    const md = "# Handover\n\n## Open work\n\n### Rotate the API keys\n\nStatus: **Blocked.** The vendor has not\nsent the new console login yet.\n\n### Move the cron jobs\n\nStatus: **Done.** All six run on the new host.\n";
    const items = parsePlan(md).items.map((i) => [i.title, i.status]);
    expect(items).toEqual([
      ["Rotate the API keys", "blocked"],
      ["Move the cron jobs", "done"],
    ]);
    expect(parsePlan(md).items[0]!.description).toContain("console login");
  });

  it("a wrapped paragraph opening with a non-state label gives no field line", () => {
    const md = "# Architecture\n\n## Storage\n\nNote: we use Postgres for\nall of the event data.\n\n## Queues\n\nWe use SQS.\n";
    expect(parsePlan(md).items).toEqual([]);
  });
});
