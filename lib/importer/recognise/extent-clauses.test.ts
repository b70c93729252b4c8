import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { statesExtent } from "./extent-clauses";

describe("a dash clause saying how much of the work is meant", () => {
  it("a bound or the numbered parts, in several languages", () => {
    for (const t of ["levels 1 and 2", "chapters 3–5", "at least the 4 main screens", "mindestens DE und FR", "au moins 3 langues"]) expect(statesExtent(t), t).toBe(true);
    for (const t of ["retries hide real bugs", "needs the 2 tokens first", "Sara, 2 days"]) expect(statesExtent(t), t).toBe(false);
  });

  it("stays in the title, where a reason after the dash does not", () => {
    const md = ["## Tasks", "", "- [ ] Tutorial — levels 1 and 2", "- [ ] Fail the build on flakes — because retries hide real bugs", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Tutorial — levels 1 and 2", "Fail the build on flakes"]);
  });
});
