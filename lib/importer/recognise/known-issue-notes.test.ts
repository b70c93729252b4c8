import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("known-issue notes", () => {
  it("are caveats explained in sentences, not tasks", () => {
    const md = [
      "# Cluster upgrade",
      "",
      "## Checklist",
      "",
      "- [ ] Upgrade add-ons",
      "",
      "## Known issues",
      "",
      "- The new agent changes the default policy; we set it explicitly so nothing changes for us.",
      "- cgroup v2 breaks the old exporter. We're on 7.58.",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Upgrade add-ons"]);
  });

  it("are not a known-issues list of bugs named as titles, nor one the heading asks to fix", () => {
    const bugs = ["# Release 2.4", "", "## Known issues", "", "- Timezone offsets are lost when exporting to OFX", "- doctor crashes on empty config files", ""].join("\n");
    expect(parsePlan(bugs).items).toHaveLength(2);
    const toFix = ["# Release 2.4", "", "## Known issues (must fix before 2.4)", "", "- Exports lose the offset; users see UTC.", "- Doctor crashes, on empty files.", ""].join("\n");
    expect(parsePlan(toFix).items).toHaveLength(2);
  });
});
