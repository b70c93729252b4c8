import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { recordHeadingMark } from "./record-heading-mark";

describe("recordHeadingMark", () => {
  it("takes a leading state mark off a record heading and reads its state", () => {
    expect(recordHeadingMark("✅ Q2-014: Cache the price list")).toEqual({ text: "Q2-014: Cache the price list", status: "done" });
    expect(recordHeadingMark("⛔ Move backups off-site")).toEqual({ text: "Move backups off-site", status: "blocked" });
  });

  it("reads the mark through the document's legend", () => {
    expect(recordHeadingMark("🟡 Split the monolith", new Map([["🟡", "blocked"]])).status).toBe("blocked");
  });

  it("leaves a heading without a mark, or a mark alone, as written", () => {
    expect(recordHeadingMark("Q2-015: Drop the old cron")).toEqual({ text: "Q2-015: Drop the old cron", status: null });
    expect(recordHeadingMark("✅")).toEqual({ text: "✅", status: null });
  });

  it("gives keyed record headings a clean title and the mark's state", () => {
    const doc = "# Plan\n\n## P1 — High\n\n### ✅ Q2-014: Cache the price list 📦 PERF\n**Effort:** 2h\n\n### 🚧 Q2-015: Drop the old cron\n**Effort:** 1h\n\n### Q2-016: Archive old invoices\n**Effort:** 3h · **Status:** Blocked\n";
    const items = parsePlan(doc).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Cache the price list", "done"],
      ["Drop the old cron", "in_progress"],
      ["Archive old invoices", "blocked"],
    ]);
  });
});
