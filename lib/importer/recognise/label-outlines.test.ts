import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a headingless outline of areas whose leaves are tasks", () => {
  it("the entries under each label are the tasks, their sub-entries the steps, a notes label holds none", () => {
    const doc = [
      "# Shop rebuild",
      "",
      "- Backend:",
      "  - Move sessions to the new cache",
      "    - first the staging cluster",
      "  - ✅ Drop the legacy export endpoint",
      "- Frontend:",
      "  - Replace the date picker",
      "- Notes:",
      "  - The budget was approved.",
    ].join("\n");
    const items = parsePlan(doc).items;
    expect(items.map((i) => [i.title, i.done, i.category])).toEqual([
      ["Move sessions to the new cache", false, ["Backend"]],
      ["Drop the legacy export endpoint", true, ["Backend"]],
      ["Replace the date picker", false, ["Frontend"]],
    ]);
    expect(items[0]!.checklist.map((c) => c.text)).toEqual(["first the staging cluster"]);
  });

  it("labels over sentences are an essay's pros and cons, not work", () => {
    const doc = "# Choosing a queue\n\n- Pros:\n  - It is cheap to run.\n  - The team knows it well.\n- Cons:\n  - It has no replay.\n  - Ordering is per partition only.\n";
    expect(parsePlan(doc).items).toEqual([]);
  });
});
