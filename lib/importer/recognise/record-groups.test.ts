import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { groupsBoldRecords } from "./record-groups";
import { parseMarkdown } from "../markdown";

describe("headings that group bold-titled records", () => {
  it("knows two bold-titled paragraphs from bold labels", () => {
    expect(groupsBoldRecords(parseMarkdown("**A-1 — First thing**\nPriority: High\n\n**A-2 — Second thing**\nPriority: Low\n").children)).toBe(true);
    expect(groupsBoldRecords(parseMarkdown("**Note:** one\n\n**Owner:** two\n").children)).toBe(false);
  });

  it("reads the records under board columns, not the columns as items", () => {
    const doc = [
      "# Model backlog",
      "",
      "## In progress",
      "",
      "**ML-4 — Add holiday features**",
      "Status: running, waiting for the backfill.",
      "Priority: High",
      "",
      "**ML-5 — Retune the thresholds**",
      "Priority: Low",
      "",
      "## Finished",
      "",
      "**ML-1 — Try a deeper tree** → done, no gain.",
      "",
      "**ML-2 — Drop the stale features** → abandoned: the data team owns them.",
      "",
    ].join("\n");
    expect(parsePlan(doc).items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Add holiday features", "in_progress", "P1"],
      ["Retune the thresholds", "in_progress", "P3"],
      ["Try a deeper tree", "done", null],
      ["Drop the stale features", "wont_do", null],
    ]);
  });

  it("still reads a leaf heading over plain prose as one item", () => {
    const doc = ["# Backlog", "", "## Slow search", "", "Queries over a million rows take seconds.", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Slow search"]);
  });

  it("keeps a colon inside a bold record's title", () => {
    const doc = ["## Up next", "", "**BUG-9 — Fix leakage: `days_since` is computed late**", "Priority: Critical", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Fix leakage: days_since is computed late"]);
  });
});
