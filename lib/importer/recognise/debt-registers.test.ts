import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isDebtRegister } from "./debt-registers";

describe("a tech-debt register", () => {
  it("is work: each debt with the fix beside it, even with no status or priority column", () => {
    const md = "# Platform\n\n| Tech debt | Remediation |\n|---|---|\n| Old logging library | Move to pino |\n| Two config loaders | Keep one |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Old logging library", "not_started"],
      ["Two config loaders", "not_started"],
    ]);
  });

  it("in other languages", () => {
    expect(isDebtRegister(["technische schulden", "behebung"], 0)).toBe(true);
    expect(isDebtRegister(["**Debt item**", "Fix"], 0)).toBe(true);
  });

  it("needs a fix column: a list of debts alone, or another title, is not a register of work", () => {
    expect(isDebtRegister(["debt", "notes"], 0)).toBe(false);
    expect(isDebtRegister(["term", "fix"], 0)).toBe(false);
    expect(isDebtRegister(["debt", "fix"], -1)).toBe(false);
    const md = "# Glossary\n\n| Term | Fix |\n|---|---|\n| Hotfix | A fix shipped outside a release |\n| Patch | A small change |\n";
    expect(parsePlan(md).items).toEqual([]);
  });
});
