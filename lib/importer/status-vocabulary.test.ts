import { describe, expect, it } from "vitest";
import { parseStatus } from "./clean";
import { parsePlan } from "./parse";
import { stateOnly, statusAroundDescription } from "./status-words";

describe("status vocabulary: Romanian", () => {
  it("reads the states a Romanian plan writes", () => {
    expect(stateOnly("finalizat")).toBe("done");
    expect(stateOnly("gata")).toBe("done");
    expect(stateOnly("în lucru")).toBe("in_progress");
    expect(stateOnly("blocat")).toBe("blocked");
    expect(stateOnly("anulat")).toBe("wont_do");
    expect(stateOnly("de făcut")).toBe("not_started");
  });

  it("a state after a dash closes the title; words that only contain one stay", () => {
    const [item] = parsePlan("## Securitate\n\n1. Activare CloudTrail în toate regiunile (KMS) — finalizat\n2. Gatafel configurare\n").items;
    expect([item!.title, item!.done]).toEqual(["Activare CloudTrail în toate regiunile (KMS)", true]);
    expect(stateOnly("gatafel")).toBeNull();
  });
});

describe("status vocabulary: more states as boards and plans write them", () => {
  it("reads closed, paused, in development, waiting and complete in more languages", () => {
    expect(stateOnly("CERRADO")).toBe("done");
    expect(stateOnly("Fechado")).toBe("done");
    expect(stateOnly("Gereed")).toBe("done");
    expect(stateOnly("पूर्ण")).toBe("done");
    expect(stateOnly("Sat på pause")).toBe("blocked");
    expect(stateOnly("प्रगति पर")).toBe("in_progress");
    expect(stateOnly("в розробці")).toBe("in_progress");
    const items = parsePlan("## Далі\n\n- **Інтеграція з ПРРО** — чекаємо на API від постачальника\n- **Вхід через BankID** — вже в розробці\n").items;
    expect(items.map((i) => i.status)).toEqual(["blocked", "in_progress"]);
  });

  it("reads a state after 'already' opening the description, and nothing from a sentence without one", () => {
    expect(statusAroundDescription("— вже в розробці")).toBe("in_progress");
    expect(statusAroundDescription("— already done, see PR")).toBe("done");
    expect(statusAroundDescription("— bereits erledigt.")).toBe("done");
    expect(statusAroundDescription("— already agreed with the vendor, build next week")).toBeNull();
    expect(stateOnly("Cerrar sesión")).toBeNull();
    expect(stateOnly("pause")).toBeNull();
  });
});

describe("status vocabulary: a pentest report's finding states", () => {
  it("reads resolved and accepted risk in Dutch and its neighbours", () => {
    // As a field's value (a whole heading "Opgelost" is a changelog's kind of change, like "Fixed", below).
    expect(parseStatus("Opgelost")).toBe("done");
    expect(parseStatus("verholpen")).toBe("done");
    expect(stateOnly("geaccepteerd risico")).toBe("wont_do");
    expect(stateOnly("risiko akzeptiert")).toBe("wont_do");
    expect(stateOnly("riesgo aceptado")).toBe("wont_do");
    // "wordt niet opgelost" (will not be resolved) is still a refusal, not done.
    expect(stateOnly("wordt niet opgelost")).toBe("wont_do");
    expect(stateOnly("risico")).toBeNull();
  });

  it("reads the Status field of a finding record", () => {
    const md = "# Pentest\n\n## Bevindingen\n\n### B-01 SQL-injectie in zoekfunctie\n**Risico:** Kritiek · **Status:** Opgelost\n\n### B-02 Server-header toont versie\n**Risico:** Laag · **Status:** Geaccepteerd risico\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["SQL-injectie in zoekfunctie", "done"],
      ["Server-header toont versie", "wont_do"],
    ]);
  });

  it("a changelog's 'Opgelost' (Fixed) heading names a kind of change, not a done section", () => {
    const md = "# Planning\n\n## Kleinere verbeteringen\n\n- [ ] Foutmelding duidelijker maken\n\n## Changelog\n\n### [3.8.0] — 2025-03-28\n\n#### Opgelost\n- Verbruiksgrafiek toonde een uur te veel\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Foutmelding duidelijker maken"]);
  });
});
