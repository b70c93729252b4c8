import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesComingWeek } from "./coming-week";

// Headings written for this test.

describe("the coming week's work", () => {
  it("is named in several languages and phrasings", () => {
    for (const h of ["Next week", "Plan for next week", "Plans for the coming week", "Next week's focus", "Next 2 weeks", "Nächste Woche", "La semaine prochaine", "Próxima semana", "Prossima settimana", "Volgende week", "Nästa vecka", "План на следующую неделю", "来週の予定", "下周计划", "다음 주 계획"])
      expect(namesComingWeek(h), h).toBe(true);
  });

  it("is not a past week, a week number or a sentence about next week", () => {
    for (const h of ["Last week", "This week's highlights", "Week 49", "What shipped next week's release", "Next weekend offsite", "Semaine 12", "Retro"])
      expect(namesComingWeek(h), h).toBe(false);
  });

  it("makes a status update's plain list under it work, without a priority", () => {
    const { items } = parsePlan("# Weekly status\n\n### Highlights\n- Pilot is live.\n\n### Next week\n- Finish tenant routing\n- Draft the announcement email\n");
    expect(items.map((i) => [i.title, i.priority, i.category])).toEqual([
      ["Finish tenant routing", null, ["Next week"]],
      ["Draft the announcement email", null, ["Next week"]],
    ]);
  });
});
