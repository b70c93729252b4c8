import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { metColumnStates } from "./met-columns";

const review = `# Launch review

## Observability

| Requirement | Met | Notes |
|---|---|---|
| Dashboard with RED metrics | Yes | Grafana |
| Alerts on error rate | Partly | latency has none |
| Distributed tracing | No | |
`;

describe("fulfilment columns", () => {
  it("reads a readiness review's rows as a checklist: yes done, partly under way, no to do", () => {
    expect(parsePlan(review).items.map((i) => [i.title, i.status])).toEqual([
      ["Dashboard with RED metrics", "done"],
      ["Alerts on error rate", "in_progress"],
      ["Distributed tracing", "not_started"],
    ]);
  });
  it("reads the answers in other languages (Croatian Da / Ne / Djelomično)", () => {
    const rows = [["Health probe", "Da"], ["Load test", "Ne"], ["Rollback plan", "Djelomično"]];
    expect([...metColumnStates(["zahtjev", "ispunjeno"], rows, [0])!]).toEqual([[0, "done"], [1, "not_started"], [2, "in_progress"]]);
  });
  it("leaves a product comparison alone: a Supported column names no fulfilment", () => {
    const rows = [["SSO", "Yes"], ["Audit log", "No"], ["SCIM", "Yes"]];
    expect(metColumnStates(["feature", "supported"], rows, [0])).toBeNull();
    expect(parsePlan("# Compare\n\n| Feature | Supported |\n|---|---|\n| SSO | Yes |\n| Audit log | No |\n| SCIM | Yes |\n").items).toEqual([]);
  });
  it("needs answers in the column, not free text", () => {
    const rows = [["Health probe", "see the runbook"], ["Load test", "next week"]];
    expect(metColumnStates(["requirement", "met"], rows, [0])).toBeNull();
  });
});
