import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("lists set apart by a rule and a lead-in", () => {
  it("does not read remarks after a rule as more cards of the column above", () => {
    const doc = ["## Done", "", "- Ship the invoice export", "", "---", "", "Scribbled next to the board:", "", "- WIP limit = 3", "- Demo on Friday at 4", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Ship the invoice export"]);
  });

  it("still reads the list when the lead-in names work or targets", () => {
    const work = ["## Done", "", "- Ship the invoice export", "", "---", "", "Next steps:", "", "- Announce the export", ""].join("\n");
    expect(parsePlan(work).items.map((i) => i.title)).toEqual(["Ship the invoice export", "Announce the export"]);
    const goals = ["## Tasks", "", "- Ship the invoice export", "", "---", "", "Targets for launch:", "", "- error rate < 1%", ""].join("\n");
    expect(parsePlan(goals).metrics.length).toBe(1);
  });

  it("still reads a list after a rule without a lead-in", () => {
    const doc = ["## Tasks", "", "- Ship the invoice export", "", "---", "", "- Announce the export", ""].join("\n");
    expect(parsePlan(doc).items).toHaveLength(2);
  });
});
