import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { recountsThePast } from "./recounting-headings";

// Headings and a report written for this test.

describe("headings that recount the writer's past", () => {
  it("are what we took, found, learned or would do differently", () => {
    for (const h of ["What we packed", "What I learned", "What we'd do differently", "What I’d do differently", "What we actually used", "Was wir gelernt haben", "Lo que aprendimos", "Vad vi packade"])
      expect(recountsThePast(h), h).toBe(true);
  });

  it("are not a status update's done work, nor what is needed", () => {
    for (const h of ["What we shipped", "What we fixed", "What we need", "What to bring", "What we are working on", "Packing list", "Whatever we packed"])
      expect(recountsThePast(h), h).toBe(false);
  });

  it("keep a trip report's gear list out of the items", () => {
    const md = [
      "# Two nights in the Cairngorms",
      "",
      "We walked in from Braemar in October, mostly in fog, and loved every minute of it.",
      "",
      "## What we packed",
      "",
      "- A 3-season tent, 2.1 kg",
      "- Two stoves (one would have done)",
      "- Microspikes we never used",
      "",
      "## What we'd do differently",
      "",
      "Start a day earlier and skip the second summit; the wind on the plateau was brutal.",
      "",
    ].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
