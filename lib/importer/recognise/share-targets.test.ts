import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingShare } from "./share-targets";

describe("a key result that opens with a share of a population", () => {
  it("reads the share as the floor and the population with what it must have as the name", () => {
    expect(leadingShare("100% of in-scope systems have quarterly ASV scans")).toEqual({ name: "In-scope systems with quarterly ASV scans", target: 100 });
    expect(leadingShare("95 % der Dienste nutzen das gemeinsame SDK")).toEqual({ name: "Dienste nutzen das gemeinsame SDK", target: 95 });
    expect(leadingShare("80% of the services on Kubernetes.")).toEqual({ name: "Services on Kubernetes", target: 80 });
  });

  it("takes nothing that does not open with a share, or a share beyond 100", () => {
    expect(leadingShare("Move 40% of traffic to the new cluster")).toBeNull();
    expect(leadingShare("150% of last year's revenue")).toBeNull();
    expect(leadingShare("100% coverage")).toBeNull();
  });

  it("gives the key result as a metric", () => {
    const md = "# OKRs\n\n## Objective 1: Pass the audit\n\nKey results:\n- 100% of in-scope systems have quarterly ASV scans\n- Mean time to remediate critical vulns < 14 days\n";
    expect(parsePlan(md).metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["In-scope systems with quarterly ASV scans", ">=", 100],
      ["Mean time to remediate critical vulns", "<", 14],
    ]);
  });
});
