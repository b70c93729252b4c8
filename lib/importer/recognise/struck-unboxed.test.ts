import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const states = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status]);

describe("a struck-through entry without a box in a list of boxes", () => {
  it("is work crossed off the list, under any heading", () => {
    const plan = ["# Readiness", "", "## Storefront & performance", "- [x] Freeze theme changes", "- [ ] Load test checkout", "- ~~Migrate search to the new vendor~~", ""].join("\n");
    expect(states(plan)).toEqual([
      ["Freeze theme changes", "done"],
      ["Load test checkout", "not_started"],
      ["Migrate search to the new vendor", "wont_do"],
    ]);
  });

  it("leaves an unboxed line that is not struck, or only struck in its middle, to the heading", () => {
    const plan = ["# Readiness", "", "## Storefront & performance", "- [x] Freeze theme changes", "- Owners agreed on ~~Monday~~ Tuesday", "- See the wiki for the runbook", ""].join("\n");
    expect(states(plan)).toEqual([["Freeze theme changes", "done"]]);
  });
});
