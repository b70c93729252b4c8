import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a bold label whose list continues the numbering", () => {
  it("is a label over a list, not one paragraph (a list not starting at 1 cannot interrupt a paragraph)", () => {
    const md = "# Plan\n\n## Tasks\n\n**Identity**\n4. Logo concepts round 2\n5. Colour palette\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.line])).toEqual([
      ["Logo concepts round 2", 6],
      ["Colour palette", 7],
    ]);
  });
});
