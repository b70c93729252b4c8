import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { stateOnly } from "./status-words";

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
