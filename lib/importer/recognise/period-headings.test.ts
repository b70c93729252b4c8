import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesPeriod } from "./period-headings";

// Headings and documents written for this test.

describe("period headings", () => {
  it("name a period now or to come, in several languages", () => {
    for (const h of ["This month", "Next term", "In the coming quarter", "Nächsten Monat", "Le mois prochain", "इस महीने", "अगले सत्र में", "अगले साल"]) expect(namesPeriod(h), h).toBe(true);
  });

  it("are not headings that go on about something else", () => {
    for (const h of ["This month's highlights", "Last month", "Next steps", "Month end close", "इस महीने की रिपोर्ट"]) expect(namesPeriod(h), h).toBe(false);
  });

  it("hold work under a task-list title, and nothing under another title", () => {
    const plan = "# Garden club — Aufgabenliste\n\n## This month\n\n- [ ] Prune the roses\n\n## Next term\n\n- Rebuild the compost bay\n";
    expect(parsePlan(plan).items.map((i) => [i.title, i.priority, i.category])).toEqual([
      ["Prune the roses", null, ["This month"]],
      ["Rebuild the compost bay", null, ["Next term"]],
    ]);
    // ("Next term" alone is a period to come, which holds work anywhere: recognise/coming-periods.ts.)
    const report = "# Garden club report\n\n## What we did\n\n- [x] Pruned the roses\n\n## This month\n\n- The hall is booked for the fair.\n";
    expect(parsePlan(report).items.map((i) => i.title)).toEqual(["Pruned the roses"]);
  });
});
