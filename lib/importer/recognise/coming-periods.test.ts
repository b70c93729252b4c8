import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesComingPeriod } from "./coming-periods";

describe("a heading that names a period to come", () => {
  it("recognises periods to come, alone or joined to the current one", () => {
    expect(namesComingPeriod("Next spring")).toBe(true);
    expect(namesComingPeriod("This year / next spring")).toBe(true);
    expect(namesComingPeriod("Tänä vuonna / ensi keväänä")).toBe(true);
    expect(namesComingPeriod("Nächstes Jahr")).toBe(true);
    expect(namesComingPeriod("L'année prochaine")).toBe(true);
    expect(namesComingPeriod("Nästa år (2028)")).toBe(true);
    expect(namesComingPeriod("W przyszłym roku")).toBe(true);
  });

  it("is not a topic, a step list or the current period alone", () => {
    expect(namesComingPeriod("Next steps")).toBe(false);
    expect(namesComingPeriod("Spring cleaning")).toBe(false);
    expect(namesComingPeriod("This year")).toBe(false);
    expect(namesComingPeriod("Next spring's fair budget")).toBe(false);
    expect(namesComingPeriod("Kevään tapahtumat")).toBe(false);
  });

  it("reads its list as work with the heading as category, beside an urgency heading, and no priority", () => {
    const md = "# Board list\n\n## Urgent\n\n1. Fix the gate latch\n\n## This year / next spring\n\n2. Repaint the bike shed\n3. New doormat ✅ done\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done, i.category])).toEqual([
      ["Fix the gate latch", "P0", false, []],
      ["Repaint the bike shed", null, false, ["This year / next spring"]],
      ["New doormat", null, true, ["This year / next spring"]],
    ]);
  });
});
