import { describe, expect, it } from "vitest";
import { offersAlternative } from "./alternative-parens";
import { remarkOf } from "./title-parts";

describe("a parenthesis offering another way to do the work", () => {
  it("opens with 'or' in several languages and stays, whatever reference it carries", () => {
    for (const t of ["or move to Vitest — see #12", "oder gleich auf v5", "ou migrer vers Postgres", "или перейти на v2"]) expect(offersAlternative(t), t).toBe(true);
    expect(remarkOf("or move to Vitest — see #12", new Set())).toBeNull();
  });

  it("a remark that mentions 'or' later is no alternative", () => {
    expect(offersAlternative("Tom or Ana, see #12")).toBe(false);
    expect(remarkOf("see #12", new Set())).not.toBeNull();
  });
});
