import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.done]);

describe("bold labels beside a priority label are buckets of the same work", () => {
  it("reads the list under 'This week' beside 'Urgent 🔴'", () => {
    const md = ["# Food bank — this week", "", "**Urgent 🔴**", "- Find a second van", "", "**This week**", "- Sort the donated coats", "- Call the bakery", "", "**Done ✅**", "- Thank-you note to donors", ""].join("\n");
    expect(read(md)).toEqual([
      ["Find a second van", "P0", false],
      ["Sort the donated coats", null, false],
      ["Call the bakery", null, false],
      ["Thank-you note to donors", null, true],
    ]);
  });

  it("a label with no ranked sibling, or one over sentences, stays no bucket", () => {
    const lone = ["# Notes", "", "**This week**", "- Sort the coats", ""].join("\n");
    expect(read(lone)).toEqual([]);
    const said = ["# Notes", "", "**Urgent**", "- Find a van", "", "**Heard**", "- The hall is booked.", "- Rain is likely on Sunday.", ""].join("\n");
    expect(read(said)).toEqual([["Find a van", "P0", false]]);
  });
});
