import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { riskFieldLevel } from "./risk-fields";

describe("a finding's risk level", () => {
  it("reads a bare level in a risk field, in any language of the vocabulary", () => {
    expect(riskFieldLevel("Ryzyko", "wysokie")).toBe("High");
    expect(riskFieldLevel("Risk level", "Critical")).toBe("Critical");
    expect(riskFieldLevel("Risiko", "hoch")).toBe("High");
  });

  it("negative: a described risk or another field gives no level", () => {
    expect(riskFieldLevel("Risk", "data loss if the disk fails")).toBeNull();
    expect(riskFieldLevel("Zalecenie", "wysokie")).toBeNull();
  });

  it("ranks Polish audit findings by their Ryzyko field", () => {
    const md = "# Audyt\n\n## Wyniki\n\n### 1. Hasła bez MFA\n**Ryzyko:** krytyczne\n**Status:** otwarte\n\n### 2. Brak retencji logów\n**Ryzyko:** niskie\n**Status:** otwarte\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priorityLabel])).toEqual([
      ["Hasła bez MFA", "Critical"],
      ["Brak retencji logów", "Low"],
    ]);
  });
});
