import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadInEntry, rankedMarkOf } from "./priority-mark-lines";

// Notes written for this test.

const KEY = new Map<string, string | null>([
  ["🔥", "Critical"],
  ["⬆", "High"],
  ["⬇", "Low"],
]);

describe("lines led by a mark the document's key ranks", () => {
  it("are tasks with the mark's priority", () => {
    const md = [
      "# Garden",
      "",
      "Key: 🔥 urgent · ⬆️ high · ➖ medium · ⬇️ low",
      "",
      "🔥 fix the fence",
      "➖ repaint the shed",
      "⬇️ plant tulips",
      "",
      "and also: ⬆️ order the compost",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["fix the fence", "P0"],
      ["repaint the shed", "P2"],
      ["plant tulips", "P3"],
      ["order the compost", "P1"],
    ]);
  });

  it("are not read without a key, nor is the key line an entry", () => {
    expect(parsePlan(["# Garden", "", "🔥 what a summer", "🔥 the roses are out"].join("\n")).items).toEqual([]);
    expect(rankedMarkOf("🔥 fix it", new Map([["🔥", null]]))).toBeNull();
    expect(leadInEntry("legend: 🔥 urgent · ⬆️ high", KEY)).toBeNull();
    expect(leadInEntry("Labels: 🔥 urgent · 🟢 when we can", new Map([...KEY, ["🟢", null]]))).toBeNull();
    expect(leadInEntry("also adding: ⬆️ set a budget", KEY)).toEqual({ lead: 13, key: "⬆" });
    expect(rankedMarkOf(`🔥 ${"x".repeat(100_000)}`, KEY)).toBeNull();
  });
});
