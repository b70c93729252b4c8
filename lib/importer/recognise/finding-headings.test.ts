import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

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
