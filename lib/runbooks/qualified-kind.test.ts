import { describe, expect, it } from "vitest";
import { withoutKindLabel } from "./title-kind";

// Titles written for this test.

describe("a runbook kind word qualified by a document kind", () => {
  it("is dropped as a label", () => {
    expect(["Alert runbook: QueueLagHigh", "DR procedure: Payments failover", "Disaster recovery playbook – Mail", "Alarm-Verfahren: USV", "BCP runbook: Office loss"].map(withoutKindLabel)).toEqual([
      "QueueLagHigh",
      "Payments failover",
      "Mail",
      "USV",
      "Office loss",
    ]);
  });

  it("stays when the qualifier says what it is about, is a sentence, or has no separator", () => {
    expect(["Incident playbook: Bot traffic", "Helpdesk runbook - Printer jams", "Writing a runbook: tips", "Alerting runbook: rebuild", "Alert runbook for disk pressure", "Alert runbook:"].map(withoutKindLabel)).toEqual([
      "Incident playbook: Bot traffic",
      "Helpdesk runbook - Printer jams",
      "Writing a runbook: tips",
      "Alerting runbook: rebuild",
      "Alert runbook for disk pressure",
      "Alert runbook:",
    ]);
  });
});
