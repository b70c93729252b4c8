import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("spreadsheets pasted in a fence", () => {
  it("reads tab-separated rows under a work header as a table", () => {
    const doc = ["# Office move", "", "```", "No\tTask\tOwner\tPriority\tStatus", "1\tOrder the boxes\tKim\tHigh\tDone", "2\tBook the van\tLee\tLow\tIn progress", "```", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Order the boxes", "P1", "done"],
      ["Book the van", "P3", "in_progress"],
    ]);
  });

  it("leaves tab-separated output without a work header alone", () => {
    const doc = ["# Benchmarks", "", "```", "name\truns\tms", "parse\t10\t41", "render\t10\t77", "```", ""].join("\n");
    expect(parsePlan(doc).items).toHaveLength(0);
  });

  it("leaves space-aligned output without keys alone", () => {
    const doc = ["# Pods", "", "```", "NAME    STATUS    AGE", "api-1   Running   3d", "web-2   Pending   1h", "```", ""].join("\n");
    expect(parsePlan(doc).items).toHaveLength(0);
  });
});
