import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("recipes", () => {
  it("give no items, a sub-list of ingredients under another heading neither", () => {
    const md = [
      "# Nasi lemak",
      "",
      "## Bahan-bahan",
      "- 2 cawan beras",
      "- 1 cawan santan",
      "",
      "## Bahan sambal",
      "- 10 biji cili kering",
      "- 1 biji bawang besar",
      "",
      "## Cara memasak",
      "1. Masak nasi dengan santan.",
      "2. Tumis bahan sambal.",
      "",
    ].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });

  it("still read the work of a plan that also lists ingredients", () => {
    const md = ["# Bake sale", "", "## Ingredients", "- 2 kg flour", "", "## Tasks", "- Book the hall", "- Print the flyers", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Book the hall", "Print the flyers"]);
  });

  it("leave a low-confidence plan without an ingredients heading read", () => {
    const md = ["# Cabin", "", "## Spring", "- Fix the shed door", "- Clear the gutters", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix the shed door", "Clear the gutters"]);
  });
});
