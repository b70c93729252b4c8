import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a priority cell of a mark the document's key ranks", () => {
  it("reads 🔴 / 🟠 / 🟢 under 'Priority: 🔴 high, 🟠 medium, 🟢 low' as those levels", () => {
    const text = "# Upgrades\n\nPriority: 🔴 high, 🟠 medium, 🟢 low.\n\n| Package | Current | Target | Priority | Status |\n|---|---|---|---|---|\n| Spring Boot | 2.7 | 3.3 | 🔴 | in progress |\n| Jackson | 2.13 | 2.17 | 🟢 | |\n| Java | 17 | 21 | 🟠 | |\n";
    expect(parsePlan(text).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Spring Boot", "P1", "in_progress"],
      ["Jackson", "P3", "not_started"],
      ["Java", "P2", "not_started"],
    ]);
  });
});
