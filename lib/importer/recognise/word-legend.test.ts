import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { wordLegendOf } from "./word-legend";

describe("notes that redefine a state word", () => {
  it("reads a quoted or bare state word, '=' or 'means', and the state its note names", () => {
    expect(wordLegendOf('Note: "resolved" = we gave up on it (cancelled).')).toEqual(new Map([["resolved", "wont_do"]]));
    expect(wordLegendOf("Heads-up: Fixed means the patch is in review, not deployed")).toEqual(new Map([["fixed", "in_progress"]]));
    expect(wordLegendOf("„erledigt“ bedeutet: verworfen")).toEqual(new Map([["erledigt", "wont_do"]]));
    // Restating a word's usual meaning, or defining a word that is no state, says nothing new.
    expect(wordLegendOf('"done" = merged and shipped; "velocity" = points per sprint').size).toBe(0);
    // What a word does not mean is not its meaning.
    expect(wordLegendOf('"Closed" means we chose not to do it yet').size).toBe(0);
  });

  it("applies to the status cells of the document's tables", () => {
    const md = "# Ops board\n\n| Task | State |\n|---|---|\n| Move the DNS zone | resolved |\n| Renew the domain | open |\n\n(resolved = abandoned, the registrar handles it now)\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.done])).toEqual([
      ["Move the DNS zone", "wont_do", false],
      ["Renew the domain", "not_started", false],
    ]);
  });
});
