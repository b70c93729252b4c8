import { describe, expect, it } from "vitest";
import { closingLegendLevel, markDefinitionLines } from "./mark-definitions";
import { priorityMarksOf } from "../priority";

describe("lines that define a mark", () => {
  it("finds a mark's definition on a line of its own and reads a closing level word", () => {
    const text = "# Lista\n\n⭐ = tarefa marcada como importante\n\n- [ ] ⭐ Corrigir o IVA\n";
    expect(markDefinitionLines(text)).toEqual(["⭐ = tarefa marcada como importante"]);
    expect(closingLegendLevel("tarefa marcada como importante")).toBe("High");
    expect(priorityMarksOf(text).get("⭐")).toBe("High");
  });

  it("ignores entries that merely start with a mark, and meanings without a level", () => {
    expect(markDefinitionLines("- ⭐ Fix the star rating\n⭐⭐ Great work, team")).toEqual([]);
    expect(closingLegendLevel("a task someone starred")).toBeNull();
  });
});
