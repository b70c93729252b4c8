import { describe, expect, it } from "vitest";
import { lineTargets } from "./target-lines";

// Target lines written for this test.

const brief = (line: string) => lineTargets(line).map(({ name, comparator, target }) => `${name} ${comparator} ${target}`);

describe("target lines", () => {
  it("reads a lead that names a target in other words", () => {
    expect(brief("SLO we keep for the API: p95 latency < 300 ms")).toEqual(["P95 latency < 300"]);
    expect(brief("North star this half: weekly active teams ≥ 500")).toEqual(["Weekly active teams >= 500"]);
    expect(brief("Unser Ziel für Q3: Fehlerquote unter 1 %")).toEqual(["Fehlerquote < 1"]);
  });

  it("gives one metric per clause that compares on its own", () => {
    expect(brief("Goal: LCP under 2.5 s on mobile, INP under 200 ms.")).toEqual(["LCP < 2.5", "INP < 200"]);
    expect(brief("Objectif : temps de réponse sous 2 s, taux d'erreur de moins de 1 %")).toEqual(["Temps de réponse < 2", "Taux d'erreur < 1"]);
    // A clause without a comparison only qualifies the target.
    expect(brief("Goal: LCP under 2.5 s, measured at p75 on mobile")).toEqual(["LCP < 2.5"]);
    expect(brief("Target: spend at most 4,500 € per month")).toHaveLength(1);
  });

  it("reads nothing from lines that set no target", () => {
    expect(brief("Owner: Dana (under 2 weeks of notice)")).toEqual([]);
    expect(brief("Release target: version 2.3 in March")).toEqual([]);
    expect(brief("Burn-up target: finish ≥ 80% of the points")).toEqual([]);
    expect(brief("Note for the team we met at the goal review last week and beyond: under 5")).toEqual([]);
  });
});

describe("target lines in a paragraph", () => {
  it("reads a labelled sentence after another sentence, and clauses joined by 'and'", () => {
    expect(brief("Re-test once the fixes ship. Target: 0 blocker and 0 serious issues before launch.")).toEqual(["Blocker <= 0", "Serious issues before launch <= 0"]);
    expect(brief("Nach dem Rollout messen. Ziel: Fehlerquote unter 1 % und Ladezeit unter 2 s.")).toEqual(["Fehlerquote < 1", "Ladezeit < 2"]);
    expect(brief("We shipped it. Then we celebrated.")).toEqual([]);
  });
});

describe("a current value with its goal in a remark", () => {
  it("reads the goal as the target of the line's measure", () => {
    expect(brief("Test coverage: 61 % (goal: at least 75 % by June)")).toEqual(["Test coverage >= 75"]);
    expect(brief("Checkout p95: 900 ms (target: 300 ms)")).toEqual(["Checkout p95 <= 300"]);
    expect(brief("Taux de conformité : 58 % (objectif : 80 %)")).toEqual(["Taux de conformité >= 80"]);
    expect(brief("Owner: Dana (goal: ship it)")).toEqual([]);
  });
});
