import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isWhenClause } from "./when-clauses";

const read = (lines: string[]) => parsePlan(["## Tasks", "", ...lines.map((l) => `- [ ] ${l}`), ""].join("\n")).items.map((i) => i.title);

describe("a dash clause saying when or how often", () => {
  it("is taken off the title: the end of a period, a cadence, roughly a month", () => {
    expect(read(["Сканування образів у CI (Trivy) — до кінця березня", "Schulung für alle Entwickler – jährlich", "Пентест периметра — підрядник, бюджет погоджено, орієнтовно травень", "Rotate the keys — by the end of Q2"])).toEqual([
      "Сканування образів у CI (Trivy)",
      "Schulung für alle Entwickler",
      "Пентест периметра",
      "Rotate the keys",
    ]);
  });

  it("a clause that names work stays, even with a cadence word in it", () => {
    expect(read(["Board pack — yearly report for the board", "Alerting — monthly digest per team"])).toEqual(["Board pack — yearly report for the board", "Alerting — monthly digest per team"]);
    expect(isWhenClause("end-to-end tests for checkout")).toBe(false);
    expect(isWhenClause("around the login form")).toBe(false);
  });
});
