import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isDashRemark, keptClauseState } from "./dash-remarks";

const items = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, status: i.status }));
const titles = (md: string) => items(md).map((i) => i.title);

describe("a lower-case clause after a spaced dash, without a bold title", () => {
  it("stays in the title when it says more about the work or the thing", () => {
    const md = [
      "# Roadmap",
      "",
      "## Ideas",
      "",
      "- [ ] SQLite backend — users ask for it every week",
      "- [ ] Kapitola 2 – experimenty",
      "- [ ] Heatmap export — only the last 30 days",
      "- [ ] Onboarding tour — skips step 3 on tablets",
      "",
    ].join("\n");
    expect(titles(md)).toEqual(["SQLite backend — users ask for it every week", "Kapitola 2 – experimenty", "Heatmap export — only the last 30 days", "Onboarding tour — skips step 3 on tablets"]);
  });

  it("goes when it is a remark: a state, a priority, a pointer, a due date, who did it, a decision, why", () => {
    const md = [
      "# Plan",
      "",
      "## Tasks",
      "",
      "- [ ] Bulk rename tool — waiting for the design review",
      "- [ ] Kalender-Sync — verschoben auf Q2",
      "- [ ] Export in XLSX — low priority, only if time allows",
      "- [ ] Theme editor — see the design doc",
      "- [ ] Invoice reminders — by next Friday",
      "- [ ] Login copy — corrigé par Léon",
      "- [ ] Own chat server — we stay with Matrix",
      "- [ ] Mobile widget — because the web one is enough",
      "- [ ] Status page — not needed this year",
      "",
    ].join("\n");
    expect(titles(md)).toEqual(["Bulk rename tool", "Kalender-Sync", "Export in XLSX", "Theme editor", "Invoice reminders", "Login copy", "Own chat server", "Mobile widget", "Status page"]);
  });

  it("tells remarks from title text by their opening words, in several languages", () => {
    for (const t of ["ждём ответа от банка", "päivitys tehty ✅", "non fatto, riportata", "noise, still no answer", "forfaller 3. jan.", "не раніше 01.03", "poslano 4. 12.", "decided, nothing to do", "depende de la agencia", "manuelt indtil videre", "vi kör vidare med Jira", "saved about $200/mo", "the old one is replaced by the portal"])
      expect(isDashRemark(t), t).toBe(true);
    for (const t of ["users ask for it every week", "metodologia", "icons and tables", "fires twice an hour during backups", "it's been flaky since 2.3", "no more than 3 retries", "9/15 zrobione", "bozza al 70%"]) expect(isDashRemark(t), t).toBe(false);
  });
});

describe("the state a kept dash clause says", () => {
  it("reads a waiting word closing the clause, a count or share reached", () => {
    expect(keptClauseState("Payment provider onboarding — bankanın onayı bekleniyor")).toBe("blocked");
    expect(keptClauseState("Batch 3: web servers (10) — 4/10 gotowe")).toBe("in_progress");
    expect(keptClauseState("Chapter 4 — draft at 60%")).toBe("in_progress");
  });

  it("reads nothing from a clause that only describes the work", () => {
    expect(keptClauseState("Dashboard — icons and tables")).toBeNull();
    expect(keptClauseState("Batch 3 — 10/10 gotowe")).toBeNull();
    expect(keptClauseState("Speed up the import (one — or two — passes)")).toBeNull();
  });

  it("gives a kept clause's state to the item", () => {
    expect(items("# P\n\n## Todo\n\n- [ ] Payment provider onboarding — bankanın onayı bekleniyor\n")).toEqual([{ title: "Payment provider onboarding — bankanın onayı bekleniyor", status: "blocked" }]);
  });
});

describe("a dash clause giving today's figure", () => {
  it("is a remark when a word for now opens it with a figure", () => {
    expect(isDashRemark("atualmente 4,2 s")).toBe(true);
    expect(isDashRemark("núna 1,8 s, markmiðið er undir 0,5 s")).toBe(true);
  });

  it("stays without a figure, and in English", () => {
    expect(isDashRemark("atualmente manual")).toBe(false);
    expect(isDashRemark("currently a 2.3 MB PNG")).toBe(false);
    expect(isDashRemark("currently panics")).toBe(false);
  });
});
