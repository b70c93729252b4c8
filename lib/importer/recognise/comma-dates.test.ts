import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { commaDate } from "./comma-dates";

const read = (lines: string[]) => parsePlan(["## Tasks", "", ...lines.map((l) => `- [ ] ${l}`), ""].join("\n")).items.map((i) => [i.title, i.description]);

describe("a calendar date set off by a comma closing the title", () => {
  it("is the due date", () => {
    expect(read(["Перенести секрети у OIDC + AWS Secrets Manager, 31/03", "Renew the wildcard certificate, 2026-11-14"])).toEqual([
      ["Перенести секрети у OIDC + AWS Secrets Manager", "Due: 31/03"],
      ["Renew the wildcard certificate", "Due: 2026-11-14"],
    ]);
  });

  it("a share, a version or an impossible date stays", () => {
    expect(read(["Vote on the proposal, 1/2", "Upgrade Python, 3.11", "Fix the dashboard, 45/13"]).map(([t]) => t)).toEqual(["Vote on the proposal, 1/2", "Upgrade Python, 3.11", "Fix the dashboard, 45/13"]);
    expect(commaDate("31/03")).toBeNull();
  });
});
