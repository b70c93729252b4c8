import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a closing '— Name to do …' assignment", () => {
  it("is who does it, not the title", () => {
    const doc = "## Action items\n\n- [ ] Set up the disk alert on staging — Omar to ask the platform team\n- [ ] Book the demo slot\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Set up the disk alert on staging", "Book the demo slot"]);
  });

  it("a route or range written with 'to' stays in the title", () => {
    const doc = "## Action items\n\n- [ ] Move the traffic — Frankfurt to Dublin\n- [ ] Raise the limit — Ten to Twenty\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Move the traffic — Frankfurt to Dublin", "Raise the limit — Ten to Twenty"]);
  });
});
