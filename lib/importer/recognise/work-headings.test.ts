import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesWork } from "./work-headings";

// Headings and documents written for this test.

describe("work headings", () => {
  it("name the plan's work by the noun 'work'", () => {
    for (const h of ["Work", "Work to get there", "Open work", "Planned work for H1 2026", "Work needed to measure these", "🛠 Work ahead"]) expect(namesWork(h)).toBe(true);
  });

  it("are not headings that only mention work", () => {
    for (const h of ["How we work", "Related work", "Work done so far", "Working agreements", "Work log", "What did not work", "Things that already work well"]) expect(namesWork(h)).toBe(false);
  });

  it("make a plain list under targets' document the work", () => {
    const md = ["# Search API — SLOs", "", "## Objectives", "", "- Availability ≥ 99.9%", "", "## Work to get there", "", "1. Move reads behind the cache", "2. Split search off the main pool", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Move reads behind the cache", "Split search off the main pool"]);
  });

  it("leave a design doc's related work as prose", () => {
    const md = ["# Search v2 design", "", "## Tasks", "", "- [ ] Write the ranker", "", "## Related work", "", "- Elastic's learning-to-rank plugin", "- The 2024 relevance study", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Write the ranker"]);
  });
});
