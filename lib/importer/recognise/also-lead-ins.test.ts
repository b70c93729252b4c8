import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("lead-ins that add to the work already listed", () => {
  it("read the list after them as more work", () => {
    const md = ["# Handover", "", "- [ ] Rotate the keys", "", "Besides the above:", "- renew the certificate", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Rotate the keys", "renew the certificate"]);
  });

  it("say nothing when nothing was listed before them", () => {
    const md = ["# Handover", "", "## Notes", "Also:", "- the printer is slow", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).not.toContain("the printer is slow");
  });
});
