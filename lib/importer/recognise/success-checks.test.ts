import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { asksHowSuccessIsKnown } from "./success-checks";

// Headings and documents written for this test.

describe("success-check headings", () => {
  it("ask how the plan's success will be known", () => {
    for (const h of ["How we'll know it worked", "How will we know we're done?", "How we will measure success", "📏 How do we tell it helped"]) expect(asksHowSuccessIsKnown(h)).toBe(true);
  });

  it("are not other how-headings", () => {
    for (const h of ["How we work", "How we'll roll it out", "How to tell which level you're in", "How we found it"]) expect(asksHowSuccessIsKnown(h)).toBe(false);
  });

  it("hold targets, not tasks", () => {
    const md = ["# Checkout perf", "", "## Next steps", "", "- Cache the shipping rates", "", "## How we'll know it worked", "", "- Checkout TTI p75 under 2.5 s", "- Cart API p95 at most 150 ms", ""].join("\n");
    const read = parsePlan(md);
    expect(read.items.map((i) => i.title)).toEqual(["Cache the shipping rates"]);
    expect(read.metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["Checkout TTI p75", "<", 2.5],
      ["Cart API p95", "<=", 150],
    ]);
  });
});
