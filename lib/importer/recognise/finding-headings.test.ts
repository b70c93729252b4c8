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
