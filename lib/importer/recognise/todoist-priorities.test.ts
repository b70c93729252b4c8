import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("Todoist !!n priorities", () => {
  it("reads a closing !!n as Todoist's priority and takes it off the title", () => {
    const text = "# Export\n\n## This week\n\n- [ ] Renew the certificate !!1 📅 2026-12-09\n- [ ] Update Grafana !!2\n- [ ] Delete old images (older than 90 days) !!3\n- [ ] Write the runbook\n";
    expect(parsePlan(text).items.map((i) => [i.title, i.priority])).toEqual([
      ["Renew the certificate", "P0"],
      ["Update Grafana", "P1"],
      ["Delete old images (older than 90 days)", "P2"],
      ["Write the runbook", null],
    ]);
  });
  it("leaves !! inside a title alone", () => {
    expect(parsePlan("# Plan\n\n## Tasks\n\n- [ ] Fix the !!1 parser case in the docs\n").items[0]!.title).toBe("Fix the !!1 parser case in the docs");
  });
});
