import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Tagalog / Filipino words for a plan's columns, priorities and states (recognise/more-level-words.ts,
// more-section-words.ts, vocabulary.ts).
describe("a plan written in Tagalog", () => {
  it("reads the to-do table's task, priority and state columns", () => {
    const md =
      "# Lipat ng opisina\n\n## Mga Gagawin\n\n| Gawain | Prayoridad | Katayuan |\n|---|---|---|\n| Mag-empake ng mga kahon | Mataas | Tapos na |\n| Tumawag sa trak | Mababa | Hindi pa nasisimulan |\n| Ayusin ang internet | Katamtaman | Ginagawa pa |\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Mag-empake ng mga kahon", "Tumawag sa trak", "Ayusin ang internet"]);
    expect(items.map((i) => i.status)).toEqual(["done", "not_started", "in_progress"]);
    expect(items.map((i) => i.priority)).toEqual(["P1", "P3", "P2"]);
  });

  it("a contact list in Tagalog gives no items (negative)", () => {
    const md = "# Pista\n\n## Mga Contact\n\n- Kap. Cruz — 0917 000 0000\n- Gng. Reyes — 0918 000 0000\n";
    expect(parsePlan(md).items).toEqual([]);
  });
});
