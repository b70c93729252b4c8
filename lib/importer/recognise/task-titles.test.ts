import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.category]);

describe("lists under bold group labels, right under a title that says the document is work", () => {
  it("every group's list is work, even when one group alone would already count", () => {
    const md = [
      "# Office move — tasks",
      "",
      "**Furniture**",
      "- Order six desks",
      "- Sell the old sofa",
      "",
      "**IT**",
      "- Move the router — P1",
      "- Label the cables — P2",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Order six desks", ["Furniture"]],
      ["Sell the old sofa", ["Furniture"]],
      ["Move the router", ["IT"]],
      ["Label the cables", ["IT"]],
    ]);
  });

  it("in Spanish", () => {
    const md = ["# Tareas de la mudanza", "", "**Cocina**", "- Vaciar la nevera", "", "**Baño**", "- Comprar cortina — P2", ""].join("\n");
    expect(read(md).map((r) => r[0])).toEqual(["Vaciar la nevera", "Comprar cortina"]);
  });

  it("a list after a plain line is not grouped work; nor is a list under a title that names no work", () => {
    const md = ["# Launch tasks", "", "**Web**", "- Update the site — P1", "", "Risiken", "- The printer may be late", ""].join("\n");
    expect(read(md).map((r) => r[0])).toEqual(["Update the site"]);
    const diary = ["# Trip diary", "", "**Monday**", "- Walked to the harbour", "", "**Wishlist**", "- Museum — P1", "- Boat tour — P2", ""].join("\n");
    expect(read(diary).map((r) => r[0])).toEqual(["Museum", "Boat tour"]);
  });
});
