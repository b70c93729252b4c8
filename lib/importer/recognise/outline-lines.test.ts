import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("outline-numbered lines without list markup", () => {
  it("under a plan are its tasks: the shallowest numbers items, deeper ones their checklist", () => {
    const md = "# Migration plan\n\n## 1. Preparation\n\n1.1 Inventory the scripts — **done**\n1.2 Agree on a Node version\n\n## 2. Move\n\n2.1 Import the repos\n  2.1.1 first wave\n2.2 Replace the CI\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.category, i.done])).toEqual([
      ["Inventory the scripts", ["Preparation"], true],
      ["Agree on a Node version", ["Preparation"], false],
      ["Import the repos", ["Move"], false],
      ["Replace the CI", ["Move"], false],
    ]);
    expect(items[2]!.checklist.map((c) => c.text)).toEqual(["2.1.1 first wave"]);
  });

  it("a table of contents numbered the same way is not work", () => {
    expect(parsePlan("# Design\n\n## Contents\n\n1.1 Introduction\n1.2 Scope\n").items).toEqual([]);
  });
});
