import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { frontMatterToMarkdown } from "./front-matter";

describe("YAML front matter", () => {
  it("is blanked line for line, so the heading under it is the document's title", () => {
    const md = "---\ntags: [weekly, work]\nweek: 2026-W49\n---\n# Week 49\n\n## Work\n\n- [ ] Draft the hiring plan\n- [x] Send the offer\n";
    expect(frontMatterToMarkdown(md).split("\n").slice(0, 5)).toEqual(["", "", "", "", "# Week 49"]);
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.category, i.done, i.line])).toEqual([
      ["Draft the hiring plan", ["Work"], false, 9],
      ["Send the offer", ["Work"], true, 10],
    ]);
  });

  it("reads a task list written as data", () => {
    const md = [
      "---",
      "title: Website relaunch",
      "owner: Ana",
      "tasks:",
      "  - Move the DNS to the new host",
      "  - title: Redirect the old URLs",
      "    status: done",
      "    priority: P1",
      "  - title: \"Translate the footer\"",
      "    status: blocked",
      "---",
      "",
      "Notes for the relaunch.",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.priority, i.line])).toEqual([
      ["Move the DNS to the new host", "not_started", null, 5],
      ["Redirect the old URLs", "done", "P1", 6],
      ["Translate the footer", "blocked", null, 9],
    ]);
  });

  it("leaves a document that only opens with a horizontal rule, and metadata lists under other keys", () => {
    const rule = "---\n\nWe shipped the new search.\n\n---\n\n# Plan\n\n- [ ] Fix the index\n";
    expect(frontMatterToMarkdown(rule)).toBe(rule);
    const ruled = "---\n# Plan\n- [ ] Fix the index\n---\n";
    expect(parsePlan(ruled).items.map((i) => i.title)).toEqual(["Fix the index"]);
    const tags = "---\ntags:\n  - ops\n  - q3\n---\n# Plan\n";
    expect(parsePlan(tags).items).toEqual([]);
  });
});
