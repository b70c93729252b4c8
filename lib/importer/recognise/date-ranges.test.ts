import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { joinsRange } from "./date-ranges";

const joins = (t: string) => {
  const m = t.match(/\s+[—–]\s+/)!;
  return joinsRange(t, m.index!, m.index! + m[0].length);
};

describe("a spaced dash between two dates or figures", () => {
  it("joins a range", () => {
    for (const t of ["Pickups for Nov 29 – Dec 3", "Calendar Nov 20 – Dec 2 approved", "Rota 29.11. – 3.12.", "Workshops 10 – 12 March", "Roadmap Q1 – Q2", "Window 22:00 – 02:00", "Freeze March – May", "Budget 2025 — 2026"]) expect(joins(t), t).toBe(true);
  });

  it("does not join a figure and a remark, a version, or a lower-case word that could be a month", () => {
    for (const t of ["Dashboard 2 – 3 widgets broken", "Upgrade to v2 – 3 services left", "Ship by Dec 3 – Dana", "Step 5 – may need a review", "Fail on flakes — retries hide real bugs", "Cut release – 2 days late"]) expect(joins(t), t).toBe(false);
  });

  it("keeps the range in the title", () => {
    const md = ["## Tasks", "", "- [ ] Book additional carrier pickups for Nov 29 – Dec 3", "- [x] Email calendar Nov 20 – Dec 2 approved", "- [ ] Rota für 29.11. – 3.12.", "- [ ] Fail the build on flakes — because retries hide real bugs", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Book additional carrier pickups for Nov 29 – Dec 3", "Email calendar Nov 20 – Dec 2 approved", "Rota für 29.11. – 3.12.", "Fail the build on flakes"]);
  });
});
