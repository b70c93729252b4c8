import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { horizonLabel } from "../priority";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.category.join("/")]);

describe("urgency and horizon headings in Finnish, Estonian, Hungarian and Romanian", () => {
  it("ranks a Finnish board list by its urgency and horizon headings, which give no category", () => {
    const md = "# Taloyhtiön tehtävät\n\n## Kiireelliset\n\n1. Kellarin oven lukko korjattava\n\n## Myöhemmin\n\n2. Pihakeinun maalaus\n";
    expect(read(md)).toEqual([
      ["Kellarin oven lukko korjattava", "P0", ""],
      ["Pihakeinun maalaus", "P2", ""],
    ]);
  });

  it("reads each language's words as the English horizon", () => {
    expect(horizonLabel("Nyt")).toBe("Immediate");
    expect(horizonLabel("Seuraavaksi (tammikuu)")).toBe("Short term");
    expect(horizonLabel("Sürgős")).toBe("Immediate");
    expect(horizonLabel("Később")).toBe("Medium term");
    expect(horizonLabel("Pe termen lung")).toBe("Long term");
    expect(horizonLabel("Mai târziu:")).toBe("Medium term");
    expect(horizonLabel("Kohe")).toBe("Immediate");
  });

  it("leaves headings that only start with such a word as topics", () => {
    expect(horizonLabel("Pitkän aikavälin suunnitelma")).toBeNull();
    expect(horizonLabel("Seuraavat askeleet")).toBeNull();
    expect(horizonLabel("Nyttig info")).toBeNull();
    expect(horizonLabel("Acumulatori")).toBeNull();
  });
});
