import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { severityScaleOf } from "./severity-codes";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority]);

describe("a document's own severity codes", () => {
  it("finds the scale a line states", () => {
    expect(severityScaleOf("Severity S1 (data loss) … S4 (cosmetic).")).toEqual({ prefix: "s", lowest: 1 });
    expect(severityScaleOf("Schweregrad: Sev0 = Ausfall, Sev1 = schwer, Sev2 = leicht")).toEqual({ prefix: "sev", lowest: 0 });
    expect(severityScaleOf("Move the S3 bucket and the S1 form")).toBeNull();
  });

  it("reads each finding's code as its priority, opening or closing the line", () => {
    const md = [
      "# Bug bash",
      "",
      "Severity S1 (data loss) … S4 (cosmetic).",
      "",
      "## Tasks",
      "- S1 undo after paste deletes the paragraph",
      "- S3 emoji picker opens off-screen",
      "- resize handle is 2px wide — S4",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["undo after paste deletes the paragraph", "P0"],
      ["emoji picker opens off-screen", "P2"],
      ["resize handle is 2px wide", "P3"],
    ]);
    const de = ["# Fehlerliste", "", "Schweregrad: Sev0 = Ausfall · Sev1 = schwer · Sev2 = leicht", "", "## Aufgaben", "- Sev0 Checkout bricht ab", "- Export dauert zu lange (Sev2)", ""].join("\n");
    expect(read(de)).toEqual([
      ["Checkout bricht ab", "P0"],
      ["Export dauert zu lange", "P2"],
    ]);
  });

  it("without a stated scale, a code-like word stays in the title", () => {
    expect(read(["# Tasks", "", "- S3 bucket policy review", ""].join("\n"))).toEqual([["S3 bucket policy review", null]]);
  });
});
