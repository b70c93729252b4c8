import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isRequirementLevelCell, requirementLevelLabel, requirementPriority } from "./requirement-keywords";

// Made-up requirements ranked by their RFC 2119 key word.

describe("RFC 2119 key words rank requirements", () => {
  it.each([
    ["The portal MUST log every sign-in", "Immediate"],
    ["Exports SHALL NOT include personal data", "Immediate"],
    ["The app SHOULD work offline", "Short term"],
    ["Der Dienst MUSS in der EU laufen", "Immediate"],
    ["Le service DEVRAIT prendre en charge le SSO", "Short term"],
    ["The API MAY offer a bulk endpoint", null],
    ["Users MAY export, and admins MUST approve, every report", "Immediate"],
  ])("%s → %s", (title, label) => expect(requirementPriority(title)).toBe(label));

  it.each(["You must see the new dashboard", "MUST FIX LOGIN BUG", "Ship the SHOULDER-season campaign", "Plan the MAYDAY drill"])("%s has no key word", (title) =>
    expect(requirementPriority(title)).toBeNull(),
  );

  it("reads a level column of key words", () => {
    expect(["MUST", "Should", "may", "SOLL"].map(isRequirementLevelCell)).toEqual([true, true, true, true]);
    expect(isRequirementLevelCell("Must fix soon")).toBe(false);
    expect(["MUST", "SHOULD", "MAY"].map(requirementLevelLabel)).toEqual(["Immediate", "Short term", null]);
  });

  it("ranks a requirement schedule's rows, by the title's word or by the level column", () => {
    const md =
      "# Tender\n\n## Security\n\n| Ref | Requirement | Level |\n|---|---|---|\n| SEC-1 | Data MUST stay in the EU | MUST |\n| SEC-2 | Logins SHOULD use SSO | SHOULD |\n| SEC-3 | Keys MAY be customer-managed | MAY |\n\n" +
      "## Reporting\n\n| Ref | Requirement | Obligation |\n|---|---|---|\n| REP-1 | Monthly usage report | MUST |\n| REP-2 | Export to spreadsheet | SHOULD |\n| REP-3 | Branded cover page | MAY |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Data MUST stay in the EU", "P0"],
      ["Logins SHOULD use SSO", "P1"],
      ["Keys MAY be customer-managed", null],
      ["Monthly usage report", "P0"],
      ["Export to spreadsheet", "P1"],
      ["Branded cover page", null],
    ]);
  });

  it("leaves a heading's priority alone", () => {
    const md = "# Backlog\n\n## Low priority\n\n- [ ] The banner SHOULD fade in\n";
    expect(parsePlan(md).items.map((i) => i.priority)).toEqual(["P3"]);
  });

  it("an annex's numbering is not part of the category, a word with a dot is", () => {
    const md = "# Tender\n\n## B.2 Case handling\n\n- [ ] Officers MUST merge duplicates\n\n## A.Team notes\n\n- [ ] Book the room\n";
    expect(parsePlan(md).items.map((i) => i.category)).toEqual([["Case handling"], ["A.Team notes"]]);
  });
});
