import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { closingPriority } from "./closing-priority";

// Made-up entries whose description closes on a priority in parentheses.

describe("a priority in the parenthesis closing the line", () => {
  it.each([
    ["Infra, before 30 April (High)", "High"],
    ["Ana, semana 12 (alta)", "High"],
    ["ops team, next sprint (P1).", "P1"],
    ["Kim, by Friday (low priority)", "Low"],
  ])("%s → %s", (rest, label) => expect(closingPriority(rest)).toBe(label));

  it.each(["Infra, before 30 April (high availability matters)", "see the design (section 3)", "Kim (by Friday)", "no parenthesis, High"])("%s has none", (rest) =>
    expect(closingPriority(rest)).toBeNull(),
  );

  it("ranks bold entries with an owner and a date before the level", () => {
    const md = "# Follow-up\n\n## Actions\n\n- [ ] **Rotate the API keys** — Sec team, before 1 June (High)\n- [ ] **Tidy the wiki page** — Lee, when there is time (Low)\n- [ ] **Check the DNS TTLs** — Ops (see runbook 4)\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Rotate the API keys", "P1"],
      ["Tidy the wiki page", "P3"],
      ["Check the DNS TTLs", null],
    ]);
  });
});
