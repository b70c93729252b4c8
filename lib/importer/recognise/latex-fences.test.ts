import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { latexFencesToMarkdown } from "./latex-fences";

// Documents written for this test.

const doc = [
  "# Lab meeting",
  "",
  "```",
  "\\section*{Open items}",
  "\\begin{itemize}",
  "  \\item \\todo{Re-run the classification} % running on the cluster",
  "  \\item \\sout{\\todo{Fix the scale bar in Fig.~2}} % DONE",
  "  \\item \\todo[inline]{Ask the facility for more time} % low prio",
  "\\end{itemize}",
  "```",
  "",
].join("\n");

describe("LaTeX lists in a fence", () => {
  it("are written as Markdown line for line", () => {
    const out = latexFencesToMarkdown(doc);
    expect(out.split("\n")).toHaveLength(doc.split("\n").length);
    expect(out).toContain("## Open items");
    expect(out).toContain("- Re-run the classification (running on the cluster)");
  });

  it("give the open items with their states and priorities", () => {
    expect(parsePlan(doc).items.map((i) => [i.title, i.status, i.priority, i.line])).toEqual([
      ["Re-run the classification", "in_progress", null, 6],
      ["Fix the scale bar in Fig.~2", "done", null, 7],
      ["Ask the facility for more time", "not_started", "P3", 8],
    ]);
  });

  it("leave a fence of other code, or named another language, as code", () => {
    const code = ["# Notes", "", "```python", "\\begin{itemize}", "\\item x", "\\end{itemize}", "```", ""].join("\n");
    expect(latexFencesToMarkdown(code)).toBe(code);
    const plain = ["# Notes", "", "```", "const a = 1;", "```", ""].join("\n");
    expect(latexFencesToMarkdown(plain)).toBe(plain);
  });
});
