import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a board's card with a checklist, exported as headings", () => {
  it("reads the card as one item with its checklist, not the boxes as more cards", () => {
    const md = ["# Board", "", "## To Do", "", "### Order the banners", "Labels: print", "Checklist: 1/3", "- [x] pick a size", "- [ ] get a quote", "- [ ] pay", "", "### Book the hall", "Members: Ana", ""].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Order the banners", "Book the hall"]);
    expect(items[0]!.checklist.map((c) => [c.text, c.done])).toEqual([
      ["pick a size", true],
      ["get a quote", false],
      ["pay", false],
    ]);
  });

  it("a list under a heading without a checklist label is read as before", () => {
    const md = ["# Board", "", "## To Do", "", "### Errands", "Some notes here.", "- [ ] buy stamps", "- [ ] post the forms", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["buy stamps", "post the forms"]);
  });
});
