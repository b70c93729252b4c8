import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { dashLegendOf, leadingLegendDash } from "./legend-dashes";

const states = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a dash the legend defines as a mark", () => {
  it("reads the dash pair of a legend line beside other mark pairs", () => {
    expect(dashLegendOf("> ✔ = done  ⏳ = in progress  — = n/a\n")).toEqual(new Map([["—", "wont_do"]]));
    expect(dashLegendOf("Key: 🟢 = fertig · – = entfällt\n")).toEqual(new Map([["–", "wont_do"]]));
  });

  it("reads a list whose entries lead with the legend's marks, the dash among them, as a task list", () => {
    const md = "# Release\n\n> ✅ = done　🔄 = in progress　— = not applicable\n\n## 1. Product\n\n- ✅ Approve the terms\n- 🔄 Get the payment keys\n- — Dark mode\n";
    expect(states(md)).toEqual([
      ["Approve the terms", "done"],
      ["Get the payment keys", "in_progress"],
      ["Dark mode", "wont_do"],
    ]);
  });

  it("does not take a dash as a mark without a legend pair for it", () => {
    expect(dashLegendOf("a — b = c\n")).toEqual(new Map());
    expect(leadingLegendDash("— Dark mode", new Map())).toBeNull();
    // A dash-led list in a document whose legend does not define the dash stays a plain list.
    const md = "# Notes\n\n> ✅ = done　🔄 = in progress\n\n## Thoughts\n\n- — a quote from the review\n- — another aside\n";
    expect(parsePlan(md).items.map((i) => i.status)).not.toContain("wont_do");
  });
});
