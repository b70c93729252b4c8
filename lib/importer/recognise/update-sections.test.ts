import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { updateSectionKind } from "./update-sections";

// Headings and an update written for this test.

describe("an update's sections", () => {
  it("say which report and which ask", () => {
    expect(["Numbers", "Wins 🎉", "Lowlights", "Highlights:", "Kennzahlen"].map(updateSectionKind)).toEqual(["notes", "notes", "notes", "notes", "notes"]);
    expect(["Asks", "Our asks", "How you can help"].map(updateSectionKind)).toEqual(["tasks", "tasks", "tasks"]);
    expect(["Numbers to check", "Wins and losses backlog", "Tasks"].map(updateSectionKind)).toEqual([null, null, null]);
  });

  it("give the asks and the coming quarter's work, not the figures and the news", () => {
    const md = [
      "# Acme — investor update, May",
      "",
      "**Numbers**",
      "- MRR £20k",
      "",
      "**Wins**",
      "- Signed the pilot",
      "",
      "**Asks**",
      "1. Intros to buyers at Tesco",
      "2. Anyone who knows export rules — 30 mins of your time?",
      "",
      "**Next quarter**",
      "- Ship v2",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Intros to buyers at Tesco", "Anyone who knows export rules — 30 mins of your time?", "Ship v2"]);
  });
});
