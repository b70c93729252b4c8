import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.status]);

describe("rows pasted without Markdown table syntax", () => {
  it("tab-separated tracker rows with no header: key, title, priority, assignee, date found by content", () => {
    const md = [
      "# Sprint 7 — Search team",
      "",
      "## Doing",
      "",
      "SRCH-71\tReindex the catalogue after the schema change\tHigh\t@ines\t3 Mar",
      "SRCH-74\tDrop the unused `facet_cache` table\tLow\t—",
      "",
      "## Finished",
      "",
      "SRCH-60\tShow spelling suggestions on empty results\tMedium\t@tom",
      "SRCH-62\tLog slow queries above 2 s\tNo priority\t@ines",
    ].join("\n");
    expect(read(md)).toEqual([
      ["SRCH-71", "Reindex the catalogue after the schema change", "P1", "in_progress"],
      ["SRCH-74", "Drop the unused facet_cache table", "P3", "in_progress"],
      ["SRCH-60", "Show spelling suggestions on empty results", "P2", "done"],
      ["SRCH-62", "Log slow queries above 2 s", null, "done"],
    ]);
  });

  it("semicolon CSV with a header row, empty cells, CRLF line ends and a quoted cell holding the separator", () => {
    const md = "# Aufgaben Q2\r\n\r\nAufgabe;Status;Priorität;Verantwortlich\r\nAngebote einholen;offen;hoch;Lena\r\n\"Server umziehen; Backup vorher\";erledigt;niedrig;\r\nVerträge prüfen;in Arbeit;;Max\r\n";
    expect(read(md)).toEqual([
      [null, "Angebote einholen", "P1", "not_started"],
      [null, "Server umziehen; Backup vorher", "P3", "done"],
      [null, "Verträge prüfen", null, "in_progress"],
    ]);
  });

  it("comma CSV is read only under a header row naming its columns", () => {
    const md = "# Backlog\n\ntitle,state,priority\nWrite the onboarding guide,todo,high\nRetire the old wiki,done,low\n";
    expect(read(md)).toEqual([
      [null, "Write the onboarding guide", "P1", "not_started"],
      [null, "Retire the old wiki", "P3", "done"],
    ]);
    // Prose with commas is not a table.
    expect(parsePlan("# Notes\n\nWe met Ana, Bo, and Cy on Monday,\nthen Dee, Eli, and Fay on Friday, as planned.\n").items).toEqual([]);
  });

  it("space-aligned columns: gaps that line up across the lines separate cells; single spaces stay inside", () => {
    const md = [
      "# Open defects",
      "",
      "WEB-310  Urgent  In Review  Checkout button hidden on small screens",
      "WEB-305  High    To Do      Cookie banner covers the footer links",
      "WEB-299  Low     Done       Favicon missing on the status page",
    ].join("\n");
    expect(read(md)).toEqual([
      ["WEB-310", "Checkout button hidden on small screens", "P0", "in_progress"],
      ["WEB-305", "Cookie banner covers the footer links", "P1", "not_started"],
      ["WEB-299", "Favicon missing on the status page", "P3", "done"],
    ]);
  });

  it("pipe-separated lines without outer pipes or delimiter row", () => {
    const md = "# Tareas\n\nTarea | Estado | Prioridad\nMigrar la base de datos | en curso | alta\nBorrar logs antiguos | pendiente | baja\n";
    expect(read(md)).toEqual([
      [null, "Migrar la base de datos", "P1", "in_progress"],
      [null, "Borrar logs antiguos", "P3", "not_started"],
    ]);
  });

  it("two tab- or pipe-separated cells are a row under a header row naming them, not without one", () => {
    expect(read("# Chores\n\nTask\tStatus\nWater the plants\tdone\nFix the gate\topen\n")).toEqual([
      [null, "Water the plants", null, "done"],
      [null, "Fix the gate", null, "not_started"],
    ]);
    expect(read("# Tareas\n\n| Tarea | Estado\n| Pintar la valla | hecho\n| Limpiar el garaje | pendiente\n")).toEqual([
      [null, "Pintar la valla", null, "done"],
      [null, "Limpiar el garaje", null, "not_started"],
    ]);
    expect(parsePlan("# Notes\n\nRed | stop\nGreen | go\n").items).toEqual([]);
  });

  it("a CSV export with every cell quoted, commas inside cells, and an 'Issue key' column", () => {
    const md = '# Export\n\n"Summary","Issue key","Status","Priority"\n"Invoices round down, not up","FIN-4","In Progress","High"\n"Archive the 2019 ledgers","FIN-9","Done","Low"\n';
    expect(read(md)).toEqual([
      ["FIN-4", "Invoices round down, not up", "P1", "in_progress"],
      ["FIN-9", "Archive the 2019 ledgers", "P3", "done"],
    ]);
  });

  it("a fenced block of a tool's issue list is read when its rows carry issue keys; other output is not", () => {
    const issues = "# Open issues\n\n```\n#77   OPEN    Retry uploads after a network drop    2 days ago\n#74   CLOSED  Remove the beta banner                3 weeks ago\n```\n";
    expect(read(issues)).toEqual([
      ["77", "Retry uploads after a network drop", null, "not_started"],
      ["74", "Remove the beta banner", null, "done"],
    ]);
    const pods = "# Tasks\n\n```\nNAME          READY   STATUS             RESTARTS\napi-7d9f      1/1     Running            0\nworker-5c2b   0/1     CrashLoopBackOff   12\n```\n";
    expect(parsePlan(pods).items).toEqual([]);
  });

  it("without a header, short titles are still the wordiest column; a type column (Bug, Chore) is not the title nor a header", () => {
    const aligned = "# Triage\n\nBug      Urgent  Open         Cart empties\nChore    Low     In Progress  Rename buckets\nFeature  Medium  Done         Gift cards\n";
    expect(read(aligned)).toEqual([
      [null, "Cart empties", "P0", "not_started"],
      [null, "Rename buckets", "P3", "in_progress"],
      [null, "Gift cards", "P2", "done"],
    ]);
    const tabbed = "# Board\n\n## Backlog\n\nAPP-3\tFix login\tHigh\t@kim\t2026-04-02\nAPP-5\tDrop IE11\tLow\t—\t\n";
    expect(read(tabbed)).toEqual([
      ["APP-3", "Fix login", "P1", "not_started"],
      ["APP-5", "Drop IE11", "P3", "not_started"],
    ]);
  });

  it("a paragraph of prose with double spaces after full stops is not a table", () => {
    expect(parsePlan("# Retro\n\nIt went well.  We shipped.  Nobody paged.\nNext time we plan.  Then we build.  Then rest.\n").items).toEqual([]);
  });
});

describe("rows pasted without table syntax: how many are read", () => {
  const block = (rows: number, from = 0) => Array.from({ length: rows }, (_, i) => `T-${from + i}\tVorgang ${from + i} prüfen\tHoch\t@lena`).join("\n");

  it("reads a block of a few thousand rows as a table", () => {
    expect(parsePlan(`# Backlog\n\n${block(3)}\n`).items.map((i) => i.key)).toEqual(["T-0", "T-1", "T-2"]);
  });

  it("reads a block of more than 5,000 lines as text, and says so once", () => {
    const result = parsePlan(`# Backlog\n\n${block(5_001)}\n\n${block(5_001, 9_000)}\n`);
    expect(result.items).toEqual([]);
    expect(result.warnings.filter((w) => /read as text, not as a table/.test(w.message))).toHaveLength(1);
    expect(result.warnings.find((w) => /read as text, not as a table/.test(w.message))!.line).toBe(3);
  });

  it("stops at 10,000 rows in a document: a later block past them is read as text, one within them still read", () => {
    const blocks = [block(4_000, 0), block(4_000, 4_000), block(3_000, 8_000), "Paso a;Estado;Prioridad\nUno;hecho;alta"].join("\n\n");
    const result = parsePlan(`# Backlog\n\n${blocks}\n`);
    expect(result.items).toHaveLength(8_001);
    expect(result.items.at(-1)!.title).toBe("Uno");
    expect(result.warnings.some((w) => /3000 lines were read as text/.test(w.message))).toBe(true);
  });
});
