import { describe, expect, it } from "vitest";
import type { ParseContext } from "../context";
import { lineEntry, readPickedEntries } from "./picked-entries";

// Entries written for this test.

const context = (): ParseContext => ({ text: "", stack: [], items: [], slaPolicies: [], metrics: [], warnings: [], shapes: new Set(), rankings: [] });
const block = { type: "paragraph" as const, children: [], position: { start: { line: 3, column: 1 }, end: { line: 5, column: 1 } } };

describe("picked entries", () => {
  it("read as a plain list of work, titles cleaned as any entry's, whatever section they stand in", () => {
    const ctx = context();
    ctx.stack.push({ depth: 2, segments: ["Notes"], priorityLabel: null, status: null, kind: "notes", raw: "Notes", line: 1 });
    const items = readPickedEntries([lineEntry("Rotate the key (P1)", 4), lineEntry("✅ Bump axios", 5, "It was old.")], block, ctx);
    expect(items.map((i) => [i.title, i.status, i.line, i.priorityLabel])).toEqual([
      ["Rotate the key", "not_started", 4, "P1"],
      ["Bump axios", "done", 5, null],
    ]);
    expect(items[1]!.description).toContain("It was old.");
    // The section of work lasts only for the picked entries.
    expect(ctx.stack.map((s) => s.kind)).toEqual(["notes"]);
  });

  it("keep what a plain list sets apart: a question answered on the spot is no task", () => {
    const ctx = context();
    expect(readPickedEntries([lineEntry("Plugin system? Probably not before 2.0.", 4)], block, ctx)).toEqual([]);
    expect(ctx.stack).toEqual([]);
  });
});
