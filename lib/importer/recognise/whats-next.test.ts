import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { asksWhatsNext } from "./whats-next";

// Headings and documents written for this test.

describe("what's-next headings", () => {
  it("are asked or announced in several languages", () => {
    for (const h of ["What's next?", "What’s next", "What happens now?", "Coming up", "Hvad sker der nu?", "Wie geht es weiter?", "¿Qué sigue?", "Et maintenant ?", "Co dalej?", "Что дальше?", "Hoe nu verder", "Vad händer nu? (vintern)"])
      expect(asksWhatsNext(h), h).toBe(true);
  });

  it("are not headings that go on about something else, nor other headings", () => {
    for (const h of ["What's next for the budget debate", "What happened", "Next week", "Nu en toen", "La suite bureautique", "Coming of age", "Now", "Wat nu mogelijk is"])
      expect(asksWhatsNext(h), h).toBe(false);
  });

  it("make a newsletter's forward list work, without a priority, and its news no items", () => {
    const doc = [
      "# Allotment news, March",
      "",
      "Dear members, spring is here and the beds are dug.",
      "",
      "## News from the committee",
      "",
      "We got a grant from the town for the greenhouse.",
      "",
      "## What happens now?",
      "",
      "- **Greenhouse** – build day on the 12th, bring gloves",
      "- **Rain barrels** – two more by the gate",
      "",
      "See you at the gate!",
      "",
    ].join("\n");
    const { items } = parsePlan(doc);
    expect(items.map((i) => [i.title, i.priority, i.category])).toEqual([
      ["Greenhouse", null, ["What happens now?"]],
      ["Rain barrels", null, ["What happens now?"]],
    ]);
  });
});
