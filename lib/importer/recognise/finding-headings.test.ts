import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const states = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status]);

describe("an audit finding written as a heading", () => {
  it("reads the status field among other fields on one line", () => {
    const plan = [
      "# Pen test", "", "## Findings", "",
      "### H-01 Stored XSS in ticket comments (High)", "Comment bodies rendered unsanitised.", "**Remediation:** sanitize on render; add CSP.", "**Owner:** Priya · **Status:** Fixed, retest passed", "",
      "### M-01 Missing rate limiting on login (Medium)", "**Owner:** Marco | **Status:** In progress", "",
    ].join("\n");
    expect(states(plan)).toEqual([["Stored XSS in ticket comments", "done"], ["Missing rate limiting on login", "in_progress"]]);
  });

  it("does not read a status word in the prose or a field that is not the status", () => {
    const plan = [
      "# Pen test", "", "## Findings", "",
      "### H-01 Stored XSS in ticket comments (High)", "The fix is done in staging only · owner Priya", "**Owner:** Done Team · **Severity:** High", "",
    ].join("\n");
    expect(states(plan)).toEqual([["Stored XSS in ticket comments", "not_started"]]);
  });
});

describe("a finding's status beside its owner", () => {
  it("reads '**Owner:** Priya · **Status:** Fixed' after the prose", () => {
    const md = "# Pen test\n\n## Findings\n\n### H-01 Stored XSS in comments (High)\nBodies rendered unsanitised.\n**Remediation:** sanitize.\n**Owner:** Priya · **Status:** Fixed, retest passed\n\n### M-02 Verbose traces (Medium)\n**Owner:** Priya · **Status:** Open\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Stored XSS in comments", "done"],
      ["Verbose traces", "not_started"],
    ]);
  });

  it("negative: a 'status' word inside the owner's value is no status field", () => {
    const md = "# Pen test\n\n## Findings\n\n### H-02 IDOR on invoices (High)\nAny user can fetch invoices.\n**Owner:** Status team · **Due:** March\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([["IDOR on invoices", "not_started"]]);
  });
});
