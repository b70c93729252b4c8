import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("asks numbered with ordinals in running text", () => {
  it("give one item an ordinal under a lead that names work ahead", () => {
    const md = [
      "# Club newsletter",
      "",
      "**What's next.** A few things before spring. First, we need to repaint the boathouse. Second, the trailer needs new tyres (done already). Third, we are applying for a grant. And finally, someone should organise the spring regatta.",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items).toHaveLength(4);
    expect(items[0]!.title).toBe("we need to repaint the boathouse");
    expect(items[1]!.done).toBe(true);
  });

  it("are not ordinals in a story", () => {
    const md = ["# Our season", "", "What a season. First, the pond filled with frogs. Second, the beans failed. Finally, we had a party.", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
