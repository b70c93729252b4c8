import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("triage verdicts after arrows", () => {
  it("read each triaged issue as an item with its verdict's state and priority", () => {
    const md = [
      "# Crash triage, week 12",
      "",
      "Decisions:",
      "1. login crash → fix this sprint, Ana",
      "2. slow search → not a bug, mark as ignored",
      "3. missing icon → Ben, low",
      "4. date parse error → resolved in 2.3.1 ✅",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["login crash", "not_started", null],
      ["slow search", "wont_do", null],
      ["missing icon", "not_started", "P3"],
      ["date parse error", "done", null],
    ]);
    expect(items[0]!.description).toContain("fix this sprint");
  });

  it("read a review's feedback sent to the backlog", () => {
    const md = ["# Sprint review", "", "## Feedback", "- Doctor's name in the SMS → added to backlog (high)", "- Export the schedule as PDF → low", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Doctor's name in the SMS", "P1"],
      ["Export the schedule as PDF", "P3"],
    ]);
  });

  it("are not arrows that point from one figure or name to another", () => {
    const md = ["# Notes", "", "## Changes", "- Payment failures 3.2% → 2%", "- old API → new API", "- Berlin → Munich", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
