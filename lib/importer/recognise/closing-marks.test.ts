import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { closingMarkStatus } from "./closing-marks";

describe("a mark closing an entry's line", () => {
  it("says the state after an owner as after a title", () => {
    expect(closingMarkStatus("and move it to Slack — Giulia ✅")).toBe("done");
    expect(closingMarkStatus("with the vendor — Tom 🚧")).toBe("in_progress");
    const doc = "## Action items\n\n1. **Cancel the weekly sync** and post updates instead — Ana ✅\n2. **Write the runbook** for failover — Ben\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.done])).toEqual([
      ["Cancel the weekly sync", true],
      ["Write the runbook", false],
    ]);
  });

  it("a mark inside the line, or a coloured circle, says nothing here", () => {
    expect(closingMarkStatus("Check ✅ marks in the report template")).toBeNull();
    expect(closingMarkStatus("Rotate the keys — Ana 🔴")).toBeNull();
  });
});
