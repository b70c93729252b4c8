import { describe, expect, it } from "vitest";
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
