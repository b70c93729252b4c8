import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { parseMarkdown } from "../markdown";
import { numberedHeadingLines } from "./numbered-heading-lines";

// Documents written for this test: word-processor files pasted as plain text, and procedures.

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.category]);
const changed = (text: string) => {
  const nodes = parseMarkdown(text).children;
  return numberedHeadingLines(nodes) !== nodes;
};

describe("numbered heading lines of a pasted document", () => {
  it("are the document's sections, not items", () => {
    const text = "Library IT plan\r\n\r\n1. Background\r\n\r\nThe network is old and slow.\r\n\r\n2. Next steps\r\n\r\n•\tReplace the access points\r\n•\tTurn on two-factor sign-in\r\n\r\n3. Budget\r\n\r\nTotal requested: 8,500.\r\n";
    expect(read(text)).toEqual([
      ["Replace the access points", ["Next steps"]],
      ["Turn on two-factor sign-in", ["Next steps"]],
    ]);
  });

  it("read the same in another language", () => {
    const text = "IT-Plan\n\n1. Hintergrund\n\nDas Netz ist alt.\n\n2. Aufgaben\n\n- WLAN erneuern\n- Zwei-Faktor einführen\n\n3. Risiken\n\n- Lieferzeiten\n";
    expect(read(text)).toEqual([
      ["WLAN erneuern", ["Aufgaben"]],
      ["Zwei-Faktor einführen", ["Aufgaben"]],
    ]);
  });

  it("are not a procedure's steps, nor lines in a document with Markdown headings, nor out of order", () => {
    expect(changed("Setup\n\n1. Install the agent\n\nRun the installer as admin.\n\n2. Configure the agent\n\nEdit the file.\n")).toBe(false);
    expect(changed("Setup\n\n1. Review the backlog\n\nSort it.\n\n2. Verify the install\n\nRun the check.\n")).toBe(false);
    expect(changed("# Plan\n\n1. Background\n\nOld network.\n\n2. Budget\n\nSome money.\n")).toBe(false);
    expect(changed("Plan\n\n2. Background\n\nOld network.\n\n1. Budget\n\nSome money.\n")).toBe(false);
    expect(changed("Plan\n\n1. Background\n\nOld network.\n\n2. Budget\n")).toBe(false);
    expect(changed("Plan\n\n1. Background\n\nOld network.\n\n2. Budget\n\nSome money.\n")).toBe(true);
    // One list's entries with notes between them: the same kind of name each time, or led in by "To do:".
    expect(changed("Plan\n\n1. Task 1\n\nnote\n\n2. Task 2\n\nnote\n")).toBe(false);
    expect(changed("To do:\n\n1. Background\n\nnote\n\n2. Budget\n\nnote\n")).toBe(false);
  });
});
