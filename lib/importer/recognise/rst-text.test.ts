import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { rstToMarkdown } from "./rst-text";

describe("reStructuredText pasted into a plan", () => {
  it("writes titles by the order their styles appear, and directives, line for line", () => {
    const rst = ["=====", "Notes", "=====", "", "Backlog", "~~~~~~~", "", "Done", "^^^^", "", ".. todo:: Rotate the keys", ".. note:: Slow above 5k rows.", ".. contents::", "#. first"].join("\n");
    expect(rstToMarkdown(rst).split("\n")).toEqual(["", "# Notes", "", "", "## Backlog", "", "", "### Done", "", "", "- [ ] Rotate the keys", "> Slow above 5k rows.", "", "1. first"]);
  });

  it("reads the to-do list and the to-do directive under 'Still to do', and the finished list as done", () => {
    const rst = ["Project notes", "=============", "", "Still to do", "-----------", "", "* Pin the dependencies", "", ".. todo:: Move CI off Jenkins.", "", "Finished", "~~~~~~~~", "", "* Smaller image", ""].join("\n");
    expect(parsePlan(rst).items.map((i) => [i.title, i.done])).toEqual([
      ["Pin the dependencies", false],
      ["Move CI off Jenkins.", false],
      ["Smaller image", true],
    ]);
  });

  it("leaves Markdown alone: setext headings and a line between two rules are Markdown's own", () => {
    const md = "Plan\n====\n\nWork\n----\n\n- a\n";
    expect(rstToMarkdown(md)).toBe(md);
    const rules = "---\nA line\n---\n\ntext\n";
    expect(rstToMarkdown(rules)).toBe(rules);
  });
});
