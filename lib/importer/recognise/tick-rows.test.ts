import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { tickRowCells, ticksRows } from "./tick-rows";

// Documents written for this test.

describe("rows of a copied list view (✓ for completed, fields in columns)", () => {
  it("are read as tasks, the ✓ as done and the label line as the category", () => {
    const md = [
      "# Office move",
      "",
      "Kitchen:",
      "✓ Order the fridge   Ana Lima   Mar 2",
      "Book the movers   Tom Reed   Mar 9",
      "",
      "IT:",
      "Label the network ports   Ana Lima   Mar 12",
    ].join("\n");
    const { items } = parsePlan(md);
    expect(items.map((i) => [i.title, i.done, i.category])).toEqual([
      ["Order the fridge", true, ["Kitchen"]],
      ["Book the movers", false, ["Kitchen"]],
      ["Label the network ports", false, ["IT"]],
    ]);
    expect(items[0]!.description).toBe("Ana Lima · Mar 2");
  });

  it("need a ticked row somewhere in the document: aligned columns alone are a timetable", () => {
    const md = ["# Conference day", "", "Keynote   Main hall   09:00", "Lunch   Foyer   12:30"].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).not.toContain("Keynote");
    expect(ticksRows(md)).toBe(false);
  });

  it("are lines of three to eight cells, not prose with wide gaps or hostile lines", () => {
    expect(tickRowCells("✓ Rotate keys   Amir   Jan 6")).toEqual({ ticked: true, cells: ["Rotate keys", "Amir", "Jan 6"] });
    expect(tickRowCells("We met.   Then we left.")).toBeNull();
    expect(tickRowCells("  indented   line   here")).toBeNull();
    expect(tickRowCells(`✓ ${"a   ".repeat(30_000)}`)).toBeNull();
  });
});
