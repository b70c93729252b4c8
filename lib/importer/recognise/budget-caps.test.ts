import { describe, expect, it } from "vitest";
import { budgetCap } from "./budget-caps";

// Budget lines written for this test, in several languages.

const brief = (line: string) => {
  const m = budgetCap(line);
  return m ? `${m.name} ${m.comparator} ${m.target}` : null;
};

describe("budget caps", () => {
  it("reads a budget with a ceiling as a bound on spending", () => {
    expect(brief("Budget: 12.500 € (hard cap)")).toBe("Budget <= 12500");
    expect(brief("Gesamtbudget: höchstens 30.000 €")).toBe("Gesamtbudget <= 30000");
    expect(brief("Presupuesto total: 8.000 € (máximo 9.000 €)")).toBe("Presupuesto total <= 9000");
    expect(brief("Ngân sách dự án: tối đa 120 triệu đồng.")).toBe("Ngân sách dự án <= 120");
    expect(brief("Event budget up to $40k")).toBe("Event budget <= 40000");
  });

  it("reads nothing from a budget that only reports spending, or a ceiling on something else", () => {
    expect(brief("Budget: €48k, 61% committed.")).toBeNull();
    expect(brief("Spent 3.000 € of the budget so far (max reached?)")).toBeNull();
    expect(brief("Max 5 people in the room")).toBeNull();
    expect(brief("Budget approved last week")).toBeNull();
  });
});
