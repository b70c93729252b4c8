import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { bareLabel } from "./bare-labels";
import { parseMarkdown } from "../markdown";

// Documents written for this test: a word-processor plan pasted as plain text.

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.priority, i.status]);
const paragraph = (text: string) => parseMarkdown(text).children[0];

describe("bare label lines above a list", () => {
  it("give the list under them their priority, in a plan pasted with CRLF and tab bullets", () => {
    const text = "Office IT plan 2027\r\n\r\n1. Background\r\n\r\nThe network is old.\r\n\r\nHigh priority\r\n•\tReplace the access points\r\n•\tTurn on two-factor sign-in\r\n\r\nLow priority\r\n•\tNew projector for room 4\r\n";
    expect(read(text)).toEqual([
      ["Replace the access points", "P1", "not_started"],
      ["Turn on two-factor sign-in", "P1", "not_started"],
      ["New projector for room 4", "P3", "not_started"],
    ]);
  });

  it("read a state or a work word the same, in other languages", () => {
    const md = "# Umzug\n\nErledigt\n\n- Umzugswagen reservieren\n\nNächste Schritte\n\n- Kartons packen\n";
    expect(read(md)).toEqual([
      ["Umzugswagen reservieren", null, "done"],
      ["Kartons packen", null, "not_started"],
    ]);
    expect(bareLabel(paragraph("Alta prioridad"))?.priorityLabel).toBe("High");
  });

  it("are no label when they say something else, or are a sentence or a lead-in", () => {
    expect(bareLabel(paragraph("St. Brigid's School"))).toBeNull();
    expect(bareLabel(paragraph("Background"))).toBeNull();
    expect(bareLabel(paragraph("This is done."))).toBeNull();
    expect(bareLabel(paragraph("**High priority**"))).toBeNull(); // bold: recognise/list-labels.ts reads it
    expect(bareLabel(paragraph("We did these things last week and they went well overall"))).toBeNull();
    expect(read("# Notes\n\nBackground\n\n- The network is old\n- Printers jam\n")).toEqual([]);
  });
});
