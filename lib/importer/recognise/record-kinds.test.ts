import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { withoutRecordKind } from "./record-kinds";

// Headings written for this test.

describe("a record heading's kind label", () => {
  it("is dropped before the record's name", () => {
    expect(["Bet: Hermetic builds", "Initiative: SSO for admins", "Iniciativa: pagos con Pix", "Epic：検索の改善", "Big bet: Offline mode"].map(withoutRecordKind)).toEqual([
      "Hermetic builds",
      "SSO for admins",
      "pagos con Pix",
      "検索の改善",
      "Offline mode",
    ]);
  });

  it("stays when it is the title's own word or has no colon", () => {
    expect(["Betting odds: refresh", "Bet on Postgres", "Initiatives", "Themes: see appendix"].map(withoutRecordKind)).toEqual(["Betting odds: refresh", "Bet on Postgres", "Initiatives", "Themes: see appendix"]);
  });

  it("leaves the name as the title of a record with fields", () => {
    const { items } = parsePlan("# Q1 plan\n\n### Bet: Hermetic builds\n\n- **Owner:** Farah\n- **Status:** 🟡 at risk (quota pending)\n\n### Bet: Preview environments\n\n- **Owner:** Grace\n- **Status:** ⚪ not started\n");
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Hermetic builds", "in_progress"],
      ["Preview environments", "not_started"],
    ]);
  });
});
