import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { struckStatus } from "./struck";

// A crossed-out entry whose words hold it ("parked", "on hold", "pausiert") is set aside: won't do.
describe("held words on a crossed-out line", () => {
  it("reads the line as set aside, in a plain list and under a box", () => {
    const md = "# Plan\n\n## Initiatives\n- ~~Pricing test~~ (parked until Q3)\n- Invite flow\n\n## Tasks\n- [ ] ~~Dark mode~~ — on hold\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Pricing test", "wont_do"],
      ["Invite flow", "not_started"],
      ["Dark mode", "wont_do"],
    ]);
  });

  it("the rule itself: blocked words on a struck line, whatever box or section", () => {
    expect(struckStatus("blocked", null, null)).toBe("wont_do");
    expect(struckStatus("blocked", "not_started", "in_progress")).toBe("wont_do");
    expect(struckStatus("done", null, null)).toBe("done");
  });
});
