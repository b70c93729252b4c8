import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.description]);

describe("bold action labels inside prose", () => {
  it("lift the sentence after the label out as an item, the owner aside", () => {
    const md =
      "# Retro\n\n## Discussion\n\nWe agreed to split big stories. **Action (Lea):** add a size check to the template. Then we moved on.\n\nThe cert expired —\n**ACTION: Marcus to open a ticket with platform.**\n";
    expect(read(md)).toEqual([
      ["add a size check to the template", "Owner: Lea"],
      ["open a ticket with platform", "Owner: Marcus"],
    ]);
  });

  it("in other languages", () => {
    const md = "# Protokoll\n\n## Diskussion\n\nWir haben entschieden. **Maßnahme (Jana):** Vorlage um eine Größenprüfung ergänzen.\n\n**Acción: Marta va a revisar el contrato.**\n";
    expect(read(md).map(([t]) => t)).toEqual(["Vorlage um eine Größenprüfung ergänzen", "revisar el contrato"]);
  });

  it("a label of what was done, or a label alone, is none", () => {
    const md = "# Incident\n\n## Timeline\n\n**Action taken:** rolled back the deploy.\n\n**Action items:**\n\n## Tasks\n\n- [ ] Write the postmortem\n";
    expect(read(md).map(([t]) => t)).toEqual(["Write the postmortem"]);
  });
});
