import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { letterOBulletLines } from "./letter-o-bullets";

const titles = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("'o' bullets of a hand-typed or Word-pasted list", () => {
  it("reads a run of 'o' lines beside other bullets as more entries", () => {
    const md = ["# Garage TODO", "", "* oil the hinges", "* sweep the floor", "o sort the screws", "o hang the bikes", ""].join("\n");
    expect(titles(md)).toEqual(["oil the hinges", "sweep the floor", "sort the screws", "hang the bikes"]);
  });

  it("keeps a glyph run apart from a checklist right under it", () => {
    const md = ["# Shed TODO", "", "• paint the door", "• fix the latch", "- [x] buy hinges", "- [ ] order paint", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.done])).toEqual([
      ["paint the door", false],
      ["fix the latch", false],
      ["buy hinges", true],
      ["order paint", false],
    ]);
  });

  it("leaves a line that only opens with the word 'o' alone", () => {
    expect([...letterOBulletLines(["- Rever o contrato", "o cliente assinou ontem"])]).toEqual([]);
    expect([...letterOBulletLines(["Texto corrido", "o projeto segue", "o prazo também"])]).toEqual([]);
    expect([...letterOBulletLines(["- a", "o b", "o c"])]).toEqual([1, 2]);
    expect([...letterOBulletLines(["o\tWord's own bullet"])]).toEqual([0]);
  });
});
