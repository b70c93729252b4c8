import { describe, expect, it } from "vitest";
import { asksForRunbook } from "./asks-for-runbook";

describe("asksForRunbook", () => {
  it("recognises the seed's runbook and playbook items by title or output file", () => {
    expect(asksForRunbook({ title: "Create Operational Runbook for Harness Service", texts: [] })).toBe(true);
    expect(asksForRunbook({ title: "Create Incident Response Playbook", texts: [] })).toBe(true);
    expect(asksForRunbook({ title: "Disaster recovery", texts: ["docs/DISASTER_RECOVERY_RUNBOOK.md"] })).toBe(true);
    expect(asksForRunbook({ title: "Write run-books for the API", texts: [] })).toBe(true);
  });

  it("leaves other items alone", () => {
    expect(asksForRunbook({ title: "Fix pyright errors", texts: ["Run the type checker"] })).toBe(false);
    expect(asksForRunbook({ title: "Runtime bookkeeping", texts: [] })).toBe(false);
  });
});
