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
    ["— η άρνηση πρέπει να είναι εύκολη (Υψηλή) ✔", "High"],
  ])("%s → %s", (rest, label) => expect(closingPriority(rest)).toBe(label));

  it.each(["Infra, before 30 April (high availability matters)", "see the design (section 3)", "Kim (by Friday)", "no parenthesis, High", "(High) then more words ✔"])("%s has none", (rest) =>
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

  it("ranks a numbered list of bold titles whose descriptions close on the level, a tick after it", () => {
    const md = "# GDPR plan\n\n1. **Records of processing** — add the new tools (High)\n2. **Cookie banner** — refusing as easy as accepting (High) ✔\n3. **Staff training** on access requests (Low)\n4. **Retention policy** (see section 3)\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Records of processing", "P1", false],
      ["Cookie banner", "P1", true],
      ["Staff training", "P3", false],
      ["Retention policy", null, false],
    ]);
  });
});
