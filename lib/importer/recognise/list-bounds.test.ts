import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { MAX_LIST_ENTRIES } from "./list-bounds";

describe("lists longer than any plan", () => {
  it("reads the first MAX_LIST_ENTRIES entries of a huge list and says so at its line", () => {
    const entries = Array.from({ length: MAX_LIST_ENTRIES + 5 }, (_, i) => `- [ ] Aufgabe ${i + 1}`);
    const result = parsePlan(["# Backlog", "", "## Aufgaben", "", ...entries].join("\n"));
    expect(result.items).toHaveLength(MAX_LIST_ENTRIES);
    expect(result.items.at(-1)!.title).toBe(`Aufgabe ${MAX_LIST_ENTRIES}`);
    expect(result.warnings).toContainEqual({ line: 5, message: expect.stringMatching(/20,005 entries; only the first 20,000 were read/) });
  });

  it("leaves lists of ordinary length alone, with no warning", () => {
    const result = parsePlan(["# Todo", "", "- [ ] one", "- [x] two", "  - [ ] nested"].join("\n"));
    expect(result.items.map((i) => i.title)).toEqual(["one", "two"]);
    expect(result.warnings.filter((w) => /entries; only/.test(w.message))).toEqual([]);
  });
});
