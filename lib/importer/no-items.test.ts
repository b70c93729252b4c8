import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";

// Documents written for this test.

describe("the no-items warning", () => {
  it("names the code blocks it saw, and those that hold a pasted report's rows", () => {
    const md = ["# Build farm", "", "Output of the queue report:", "", "```", "ID  Host     State", "1   runner1  idle", "2   runner2  busy", "```", "", "```", "make all", "```", ""].join("\n");
    const { items, warnings } = parsePlan(md);
    expect(items).toEqual([]);
    expect(warnings.at(-1)!.message).toContain("2 code blocks, of which 1 holds rows in aligned columns, read as code");
  });

  it("says nothing of code when there is none", () => {
    const { warnings } = parsePlan("# Thoughts\n\nA paragraph of musing about the week.\n");
    expect(warnings.at(-1)!.message).not.toContain("code block");
  });
});
