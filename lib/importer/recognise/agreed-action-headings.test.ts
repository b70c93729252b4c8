import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesAgreedActions } from "./agreed-action-headings";

describe("a heading of the actions a meeting decided on", () => {
  it("names the actions and says they were agreed, in either order and several languages", () => {
    for (const h of ["Agreed actions", "Actions agreed", "Mesures retenues", "Vereinbarte Maßnahmen", "Acciones acordadas", "Azioni concordate", "Afgesproken acties", "Uzgodnione działania"]) {
      expect(namesAgreedActions(h), h).toBe(true);
    }
  });

  it("a heading of decisions alone, or of actions alone, is not this heading", () => {
    for (const h of ["Decisions", "Agreed", "Beschlossen", "Actions", "How we decided which actions to take in the end"]) expect(namesAgreedActions(h), h).toBe(false);
  });

  it("reads the list under it as work, even when its entries are sentences wrapped over lines", () => {
    const md = ["# Parents' council", "", "## Mesures retenues", "", "- Demander un devis pour les", "  nouvelles tables.", "- Fait : prévenir la directrice.", "", "## Informations", "", "- Le menu change en mars.", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.done])).toEqual([
      ["Demander un devis pour les nouvelles tables.", false],
      ["prévenir la directrice.", true],
    ]);
  });
});
