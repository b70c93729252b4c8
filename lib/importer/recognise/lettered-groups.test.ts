import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.line]);

describe("numbered groups over sub-lettered lines", () => {
  it("reads the lettered lines as the work, without their letters, each on its own line", () => {
    const md = ["# Release plan", "", "## Tasks", "", "1. Backend", "   1a. Add the export endpoint", "   1b. ✔ Drop the v1 routes", "2. Docs", "   2a) Rewrite the quick start — in progress", ""].join("\n");
    expect(read(md)).toEqual([
      ["Add the export endpoint", "not_started", 6],
      ["Drop the v1 routes", "done", 7],
      ["Rewrite the quick start", "in_progress", 9],
    ]);
  });

  it("reads bare letters (a., b.) under each number too", () => {
    const md = ["## Aufgaben", "", "1. Küche", "   a. Herd anschließen", "   b. Spüle abdichten", ""].join("\n");
    expect(read(md).map(([t]) => t)).toEqual(["Herd anschließen", "Spüle abdichten"]);
  });

  it("letters out of sequence, or numbered for another entry, are no outline", () => {
    const md = ["## Tasks", "", "1. Call the bank", "   b) they close at 4", "2. Pay the rent", ""].join("\n");
    expect(read(md).map(([t]) => t)).not.toContain("they close at 4");
    const other = ["## Tasks", "", "1. Backend", "   2a. Something", ""].join("\n");
    expect(read(other).map(([t]) => t)).not.toContain("Something");
  });
});
