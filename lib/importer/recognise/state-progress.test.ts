import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a count or share after the closing state", () => {
  it("is a remark on the state, in any language", () => {
    const md = "# Migration\n\n## Tasks\n\n- Convert the stored procedures — in progress, 31 of 58\n- Move the reports (läuft, 3/5)\n- Re-index the archive — בביצוע, 12 מתוך 40\n- Rename the columns — en cours, 60 %\n";
    expect(read(md)).toEqual([
      ["Convert the stored procedures", "in_progress"],
      ["Move the reports", "in_progress"],
      ["Re-index the archive", "in_progress"],
      ["Rename the columns", "in_progress"],
    ]);
  });

  it("a state word inside the sentence, before a count, stays in the title", () => {
    const md = "# Migration\n\n## Tasks\n\n- Review what is in progress, 3 of 5 boards\n- Close the tickets that are done, 12 of 40\n";
    expect(read(md)).toEqual([
      ["Review what is in progress, 3 of 5 boards", "not_started"],
      ["Close the tickets that are done, 12 of 40", "not_started"],
    ]);
  });
});
