import { describe, expect, it } from "vitest";
import { tidyTitle } from "./title-tails";
import { isDueDate } from "./due-parens";

describe("a deadline word and a date in a closing parenthesis", () => {
  it("is when, not what", () => {
    for (const p of ["termen 15 martie", "Frist 12.3.", "échéance 4 déc.", "plazo 15 de enero", "scadenza: 30/11"]) expect(isDueDate(p)).toBe(true);
    expect(tidyTitle("Depune cererea la primărie (termen 15 martie) – Radu", false, new Set()).title).toBe("Depune cererea la primărie");
  });

  it("a period to observe, or a deadline word alone, is no date", () => {
    for (const p of ["Frist: 3 Monate", "termen scurt", "bis morgen", "deadline"]) expect(isDueDate(p)).toBe(false);
    expect(tidyTitle("Vertrag kündigen (Frist: 3 Monate)", false, new Set()).title).toBe("Vertrag kündigen (Frist: 3 Monate)");
  });
});
