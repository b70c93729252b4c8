import { describe, expect, it } from "vitest";

import { parsePlan } from "../parse";
import { taskPaperToMarkdown } from "./taskpaper";

describe("TaskPaper pasted as Markdown", () => {
  it("writes projects, tasks, tags and notes as Markdown, line for line", () => {
    const tp = "Garage:\n\t- sweep the floor @done(2026-02-01)\n\t- fix the door hinge @priority(1) @due(2026-03-01)\n\t\t- buy screws @errand\n\tRemember the spare key.\n\t- paint the shelf @waiting\n";
    expect(taskPaperToMarkdown(tp).split("\n")).toEqual([
      "## Garage",
      "- [x] sweep the floor",
      "- [ ] fix the door hinge (Priority 1)",
      "  - [ ] buy screws",
      "> Remember the spare key.",
      "- [ ] paint the shelf — blocked",
      "",
    ]);
  });

  it("reads the projects' tasks as the work, done and priority from the tags", () => {
    const tp = "Garden:\n\t- prune the hedge @done\n\t- order mulch @priority(2)\n\nBikes:\n\t- oil the chain @home\n";
    const items = parsePlan(tp).items;
    expect(items.map((i) => [i.title, i.done, i.priority ?? null, i.category])).toEqual([
      ["prune the hedge", true, null, ["Garden"]],
      ["order mulch", false, "P1", ["Garden"]],
      ["oil the chain", false, null, ["Bikes"]],
    ]);
  });

  it("leaves Markdown and plain notes without tags alone", () => {
    const md = "# Plan\n\nGarage:\n\t- sweep @done\n";
    expect(taskPaperToMarkdown(md)).toBe(md);
    const note = "Groceries:\n  - milk\n  - eggs\n";
    expect(taskPaperToMarkdown(note)).toBe(note);
    const mention = "Ask @dana about it:\nsome text\n- a task @later\n";
    expect(taskPaperToMarkdown(mention)).toBe(mention);
  });
});

describe("TaskPaper projects that hold no work, and cancelled tasks", () => {
  it("leave undecided ideas out and read @cancelled as won't do", () => {
    const md = ["Fest:", "\t- Book the band @priority(1)", "\t- Rent a cooler @cancelled", "Ideas (not decided):", "\t- Bouncy castle", "\t- Pumpkin contest", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Book the band", "not_started"],
      ["Rent a cooler", "wont_do"],
    ]);
  });
});
