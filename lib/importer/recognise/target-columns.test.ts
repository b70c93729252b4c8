import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { unnamedMetricColumn } from "./target-columns";

// Made-up tables of targets whose name column has a header the metric words do not know.

describe("a targets table known by the bounds in its target column", () => {
  it("finds the name column", () => {
    const rows = [["Herstelzeit", "≤ 4 uur", "5 uur"], ["Dataverlies", "≤ 15 min", "6 min"], ["Geslaagde transacties", "100%", "97%"]];
    expect(unnamedMetricColumn(["Grootheid", "Target", "Uitkomst"], rows, 1)).toBe(0);
  });

  it("is not a targets table when the target column holds dates or names", () => {
    const rows = [["Move the DNS", "Q3", "Ana"], ["Renew the certificate", "2025-05-01", "Bo"]];
    expect(unnamedMetricColumn(["Werk", "Target", "Eigenaar"], rows, 1)).toBe(-1);
  });

  it("reads its rows as metrics, not items", () => {
    const md =
      "# Hersteltest\n\n## Doelen\n\n| Grootheid | Target | Uitkomst |\n|---|---|---|\n| Herstelzeit | ≤ 4 uur | 5 uur ❌ |\n| Geslaagde transacties | ≥ 99% | 97% ❌ |\n\n## Acties\n\n- [ ] Certificaat van de DR-site vernieuwen\n";
    const plan = parsePlan(md);
    expect(plan.items.map((i) => i.title)).toEqual(["Certificaat van de DR-site vernieuwen"]);
    expect(plan.metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["Herstelzeit", "<=", 4],
      ["Geslaagde transacties", ">=", 99],
    ]);
  });
});
