import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status]);

describe("bracketed group labels", () => {
  it("reads a [STATE] line above a list as that list's state", () => {
    const md = "# Move\n\n## Flat\n\n[IN ARBEIT]\n- Kartons im Keller packen\n- Nachsendeauftrag stellen\n\n[ERLEDIGT]\n- Umzugswagen reservieren\n";
    expect(read(md)).toEqual([
      ["Kartons im Keller packen", "in_progress"],
      ["Nachsendeauftrag stellen", "in_progress"],
      ["Umzugswagen reservieren", "done"],
    ]);
  });

  it("does not read a bracketed remark or a link above a list as work", () => {
    expect(read("# Notes\n\n## Reading\n\n[see the wiki]\n- Chapter one was long\n- Chapter two was short\n")).toEqual([]);
    expect(read("# Notes\n\n## Reading\n\n[Draft]\n- Chapter one was long\n- Chapter two was short\n")).toEqual([]);
  });
});
