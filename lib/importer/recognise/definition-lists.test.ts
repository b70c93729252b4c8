import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { definitionOf } from "./definition-lists";

describe("definition-list terms that carry work fields", () => {
  it("each term with a priority or state in its definitions is an item", () => {
    const md =
      "# Shop move\n\n## Open work\n\nPack the stockroom\n: Priority: high. Status: in progress.\n: Boxes are in the van.\n\nCancel the old lease\n: Priority: low. Status: done.\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Pack the stockroom", "Cancel the old lease"]);
    expect(items.map((i) => i.status)).toEqual(["in_progress", "done"]);
    expect(items[0]!.description).toBe("Boxes are in the van.");
  });

  it("a glossary written as a definition list gives no items (negative)", () => {
    const md = "# Shop move\n\n## Words we use\n\nStockroom\n: The back room behind the till.\n\nLease\n: The rental contract for the unit.\n";
    expect(parsePlan(md).items).toEqual([]);
    expect(definitionOf("Just a paragraph\nthat wraps")).toBeNull();
  });
});
