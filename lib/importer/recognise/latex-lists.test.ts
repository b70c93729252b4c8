import { describe, expect, it } from "vitest";

import { parsePlan } from "../parse";
import { latexListsToMarkdown, renderLatexInline } from "./latex-lists";

describe("LaTeX lists pasted as Markdown", () => {
  it("writes sections, lists, ticks and inline markup as Markdown, line for line", () => {
    const tex = "\\section*{Week 5}\n\\begin{itemize}\n  \\item[$\\checkmark$] Clean the oven % did it Monday\n  \\item Heat to 80\\,$^\\circ$C -- \\textbf{twice}\n  \\begin{enumerate}\n    \\item log the time\n  \\end{enumerate}\n\\end{itemize}";
    expect(latexListsToMarkdown(tex).split("\n")).toEqual([
      "## Week 5",
      "",
      "- [x] Clean the oven",
      "- Heat to 80 °C – **twice**",
      "",
      "   1. log the time",
      "",
      "",
    ]);
  });

  it("renders escapes and keeps an escaped percent sign", () => {
    expect(renderLatexInline("Cut costs by 5\\% \\& more % not this")).toBe("Cut costs by 5% & more");
    expect(renderLatexInline("\\emph{Soon}~now")).toBe("*Soon* now");
  });

  it("reads a to-do list of LaTeX notes as the work, ticked entries done", () => {
    const tex = "\\subsection*{To do}\n\\begin{itemize}\n  \\item[$\\checkmark$] Book the microscope\n  \\item Label the new vials\n\\end{itemize}\n";
    expect(parsePlan(tex).items.map((i) => [i.title, i.done])).toEqual([
      ["Book the microscope", true],
      ["Label the new vials", false],
    ]);
  });

  it("leaves Markdown and prose that mentions a command alone", () => {
    const md = "# Notes\n\n- use \\begin{itemize}\n- and \\item\n";
    expect(latexListsToMarkdown(md)).toBe(md);
    const prose = "Write \\item lines inside the list.\n";
    expect(latexListsToMarkdown(prose)).toBe(prose);
  });
});
