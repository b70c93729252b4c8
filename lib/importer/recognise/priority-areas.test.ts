import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.category.join("/")]);

describe("area headings with a priority in their parenthesis", () => {
  it("the area loses the parenthesis, its items take the priority, an unranked sibling area is work too", () => {
    const md = "# Umzug Büro\n\n## IT (Priorität: hoch)\n- ✅ Drucker abbauen\n- Router bestellen\n\n## Einkauf (Priorität: niedrig)\n- Neue Stühle\n\n## Empfang\n- Schild an der Tür tauschen\n- Post umleiten\n\n## Fragen\n- Wer hat den Schlüssel?\n";
    expect(read(md)).toEqual([
      ["Drucker abbauen", "P1", "IT"],
      ["Router bestellen", "P1", "IT"],
      ["Neue Stühle", "P3", "Einkauf"],
      ["Schild an der Tür tauschen", null, "Empfang"],
      ["Post umleiten", null, "Empfang"],
    ]);
  });

  it("reads the noun-first tag in other scripts and the level-first tag in English", () => {
    const md = "# Feria\n\n## Logística (प्राथमिकता: मध्यम)\n- 🚧 Alquilar las mesas\n\n### Bugs (high priority)\n- ✅ Fix the login loop\n";
    expect(read(md)).toEqual([
      ["Alquilar las mesas", "P2", "Logística"],
      ["Fix the login loop", "P1", "Logística/Bugs"],
    ]);
  });

  it("a sibling holding only questions stays questions", () => {
    const md = "# Launch\n\n## Web (Priority: P0)\n- Ship the landing page\n\n## Open points\n- Do we need a cookie banner?\n- Who signs off the copy?\n";
    expect(read(md)).toEqual([["Ship the landing page", "P0", "Web"]]);
  });
});
