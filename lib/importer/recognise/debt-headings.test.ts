import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { opensWithDebt } from "./debt-headings";

describe("a heading that opens with the words for technical debt", () => {
  it("holds work, whatever the clause after it", () => {
    expect(opensWithDebt("Tekniska skulder vi tar om det finns tid")).toBe(true);
    expect(opensWithDebt("Tech debt to pay this quarter")).toBe(true);
    expect(opensWithDebt("Debt collection process")).toBe(false);
    expect(opensWithDebt("Our tech debt policy")).toBe(false);
    const md = "# Sprint 9\n\n## Teknisk gjeld hvis vi rekker det\n\n- Oppgradere Node til 22\n- Fjerne gammel eksport\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Oppgradere Node til 22", "Fjerne gammel eksport"]);
  });
});
