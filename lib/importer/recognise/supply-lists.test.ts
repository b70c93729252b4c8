import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesSupplies } from "./supply-lists";

// Headings and documents written for this test.

describe("lists of goods and papers", () => {
  it("are named by their headings", () => {
    for (const h of ["Einkaufsliste Baumarkt", "Shopping (Saturday)", "Shopping list (Saturday)", "Documenti che servono", "Required documents:", "Liste de courses"]) expect(namesSupplies(h), h).toBe(true);
    for (const h of ["Shop redesign", "Document the API", "Courses to take next year", "Shopping cart fixes", "Tasks"]) expect(namesSupplies(h), h).toBe(false);
  });

  it("give no items, where the plan's tasks are read", () => {
    const md = ["# Farm plan — to do", "", "**To do**", "- Order seed", "", "**Shopping list**", "- Cable ties", "- Spade", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Order seed"]);
  });

  it("still give their ticked boxes", () => {
    const md = ["# Weekend", "", "## Shopping list", "- [ ] Milk", "- [x] Bread", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.done])).toEqual([
      ["Milk", false],
      ["Bread", true],
    ]);
  });
});
