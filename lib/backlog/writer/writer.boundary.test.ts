import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Backlog items and their checklists have one writer each (lib/backlog/writer/items.ts,
// checklist.ts, due-dates.ts): only there do the timestamps, SLA clock, version, history and NOTIFY
// all follow a change. This reads every application source file and fails on a write to either
// table anywhere else: drizzle's builders, insertJsonRows, or SQL text. (Demo and benchmark data
// generators under db/demo and scripts/ fabricate history by design and are not the application.)

const WRITER = /^lib\/backlog\/writer\//;
const TABLES = ["backlogItems", "checklistItems"];
const SQL_TABLES = ["backlog_items", "checklist_items"];

const patterns: [string, RegExp][] = [
  ...TABLES.flatMap((t): [string, RegExp][] => [
    [`.insert/update/delete(${t})`, new RegExp(`\\.(?:insert|update|delete)\\(\\s*${t}\\b`)],
    [`insertJsonRows(…, ${t})`, new RegExp(`insertJsonRows(?:<[^>]*>)?\\([^,]+,\\s*${t}\\b`)],
    [`SQL update/insert/delete of \${${t}}`, new RegExp(`(?:update|insert\\s+into|delete\\s+from)\\s+\\$\\{${t}\\}`, "i")],
  ]),
  ...SQL_TABLES.map((t): [string, RegExp] => [`SQL on ${t}`, new RegExp(`(?:update|insert\\s+into|delete\\s+from)\\s+${t}\\b`, "i")]),
];

const sources = ["lib", "app", "components", "db"]
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => `${dir}/${f}`))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("db/demo/") && !f.startsWith("db/migrations/"));

describe("the item writer is the only writer of backlog_items and checklist_items", () => {
  it("finds the application's sources", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain("lib/backlog/writer/items.ts");
  });

  it("has no write to either table outside lib/backlog/writer", () => {
    const found: string[] = [];
    for (const file of sources) {
      if (WRITER.test(file)) continue;
      const text = readFileSync(file, "utf8");
      for (const [what, pattern] of patterns) if (pattern.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it("would notice each kind of write (the patterns match the writer's own code)", () => {
    const writer = ["items.ts", "checklist.ts", "due-dates.ts"].map((f) => readFileSync(`lib/backlog/writer/${f}`, "utf8")).join("\n");
    for (const label of [".insert/update/delete(backlogItems)", ".insert/update/delete(checklistItems)", "insertJsonRows(…, backlogItems)", "insertJsonRows(…, checklistItems)", "SQL update/insert/delete of ${backlogItems}"]) {
      const pattern = patterns.find(([what]) => what === label)![1];
      expect(pattern.test(writer), label).toBe(true);
    }
    expect(patterns.find(([what]) => what === "SQL on backlog_items")![1].test("await db.execute(sql`update backlog_items set x = 1`)")).toBe(true);
  });
});
