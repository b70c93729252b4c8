import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingNotApplicable } from "./na-marks";

// Entries written for this test.

describe("N/A in a mark's place", () => {
  it("reads the letters as the entry's state", () => {
    expect(leadingNotApplicable("N/A Feature flags for risky paths")).toEqual({ status: "wont_do", rest: "Feature flags for risky paths" });
    expect(leadingNotApplicable("n/a: Canary deploys")?.rest).toBe("Canary deploys");
    expect(leadingNotApplicable("N.A. – Multi-region failover")?.rest).toBe("Multi-region failover");
  });

  it("leaves text that only begins with the letters", () => {
    for (const s of ["NA region latency", "N/A", "N/As are counted as passes", "Nap schedule", "n/a."]) expect(leadingNotApplicable(s), s).toBeNull();
  });

  it("keeps a checklist of ✅ / ❌ / N/A one list of work, under any heading", () => {
    const { items } = parsePlan("# Review\n\n### Operations\n- ❌ Runbook for the top alerts\n- ✅ On-call rotation with four people\n- N/A Feature flags for risky paths\n");
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Runbook for the top alerts", "wont_do"],
      ["On-call rotation with four people", "done"],
      ["Feature flags for risky paths", "wont_do"],
    ]);
  });

  it("keeps a closing word the entry's own mark contradicts in the title (entry.ts)", () => {
    const { items } = parsePlan("# Review\n\n### Docs\n- ❌ Service catalog entry complete\n- ✅ Threat model done\n- ❌ Load test — done\n");
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Service catalog entry complete", "wont_do"],
      ["Threat model", "done"],
      ["Load test", "wont_do"],
    ]);
  });
});
