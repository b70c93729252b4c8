import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isQuotation } from "./quotations";

// Entries and a document written for this test.

describe("quotations", () => {
  it("are entries that only quote someone, perhaps with a source", () => {
    for (const t of [
      '"I had a great deal to learn, and nobody to learn it from but myself."',
      "“Nobody's going to miss a kid like me.”",
      "«Il faut cultiver notre jardin» — Voltaire",
      "„Wer nicht wagt, der nicht gewinnt“ (S. 12)",
      "「一期一会」という言葉がいちばん響いた」",
    ])
      expect(isQuotation(t), t).toBe(true);
  });

  it("are not tasks that quote a word or a phrase", () => {
    for (const t of [
      'Rename the "Archive" button',
      '"Done" column should hide after a week',
      '"Export to PDF" button — add it to the toolbar and test it',
      "“Save”",
      "Ask Tomasz about the “cheating” question",
    ])
      expect(isQuotation(t), t).toBe(false);
  });

  it("keep a list of favourite lines from being read as a plan", () => {
    const md = [
      "# Book club, 3 March",
      "",
      "## Favourite lines",
      "",
      '- "It was the best of times, it was the worst of times."',
      "- “Call me Ishmael.” — Melville",
      "",
    ].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });

  it("leave a low-confidence list of asks read as items", () => {
    const md = ["# Garden", "", "## Spring", "", "- Fix the shed door", '- Paint the "welcome" sign', ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix the shed door", 'Paint the "welcome" sign']);
  });
});
