import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { findPriorityLabel } from "../priority";

describe("'priorities' then its horizon, in languages that put the adjective after the noun", () => {
  it("reads the horizon after the noun, and the heading names no group", () => {
    const md = "# Plan del comité\n\n## Prioridades urgentes\n\n- Arreglar la valla del patio\n\n## Más adelante\n\n- Pintar el aula de música\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.category])).toEqual([
      ["Arreglar la valla del patio", "P0", []],
      ["Pintar el aula de música", "P2", []],
    ]);
    expect(findPriorityLabel("الأولويات العاجلة", { headingOnly: true })).toBe("Immediate");
    expect(findPriorityLabel("Priorités plus tard", { headingOnly: true })).toBe("Medium term");
  });

  it("is no priority without a horizon after it", () => {
    expect(findPriorityLabel("Prioridades del trimestre", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("الأولويات", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("Priorités de l'association", { headingOnly: true })).toBeNull();
  });
});
