import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { saysDuplicate } from "./duplicate-rows";

describe("rows closed as duplicates", () => {
  it("knows the resolution in the state cell", () => {
    expect(saysDuplicate("RESOLVED DUPLICATE")).toBe(true);
    expect(saysDuplicate("Fermé (doublon)")).toBe(true);
    expect(saysDuplicate("RESOLVED FIXED")).toBe(false);
  });

  it("leaves the duplicate row out of a bug table", () => {
    const md = "## Bugs\n\n| ID | Summary | Status |\n|---|---|---|\n| 11 | Crash on save | NEW |\n| 12 | App crashes when saving | CLOSED DUPLICATE |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Crash on save"]);
  });

  it("negative: a title about duplicates is no duplicate row", () => {
    const md = "## Bugs\n\n| ID | Summary | Status |\n|---|---|---|\n| 11 | Duplicate invoices after retry | NEW |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Duplicate invoices after retry"]);
  });
});
