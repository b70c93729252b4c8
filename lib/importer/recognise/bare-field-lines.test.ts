import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readBareFieldLine } from "./bare-field-lines";

describe("unlabelled field lines under a task", () => {
  it("reads a task app's priority, date and label line as fields", () => {
    const md = ["## Errands", "", "- [ ] Renew the parking permit", "  Priority 2 · 14 feb · @car", "- [x] Book the movers", "  3 jun", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Renew the parking permit", "P1", false],
      ["Book the movers", null, true],
    ]);
  });

  it("reads the segments by what they are", () => {
    expect(readBareFieldLine("High · Fri · @sam")).toEqual({ priorityLabel: "High", status: null, owner: "@sam" });
  });

  it("negative: a second line of prose or of bare labels stays the entry's text", () => {
    expect(readBareFieldLine("then call the landlord · ask about keys")).toBeNull();
    expect(readBareFieldLine("ui · docs")).toBeNull();
    const md = ["## Errands", "", "- [ ] Renew the parking permit", "  before the old one runs out", ""].join("\n");
    expect(parsePlan(md).items[0]!.title).toContain("before the old one runs out");
  });
});
