import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Tables written for this test.

describe("comment columns", () => {
  it("are the title of a table of TODO / FIXME comments, the File column its file", () => {
    const md = [
      "## To fix",
      "",
      "| File | Line | Type | Comment | Priority |",
      "|---|---|---|---|---|",
      "| `src/tax.py` | 88 | FIXME | round per line, not on the total | high |",
      "| `src/numbering.py` | 41 | TODO | numbering is not thread-safe | low |",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priority])).toEqual([
      ["round per line, not on the total", "P1"],
      ["numbering is not thread-safe", "P3"],
    ]);
    expect(items[0]!.checklist).toEqual([{ kind: "file", text: "src/tax.py", done: false }]);
  });

  it("stay a remark beside a named title where no column holds comment markers", () => {
    const md = ["## Tasks", "", "| Task | Comment | Priority |", "|---|---|---|", "| Rotate keys | overdue since May | high |", "| Bump axios | easy | low |", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Rotate keys", "Bump axios"]);
  });
});
