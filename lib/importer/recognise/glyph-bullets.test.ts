import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { glyphBulletsToMarkdown } from "./glyph-bullets";
import { handleTail } from "./handle-tails";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("glyph bullets pasted from chat apps and word processors", () => {
  it("writes a run of glyph bullets as a Markdown list, apart from the lines around it", () => {
    expect(glyphBulletsToMarkdown("Notes from today\n• Print the flyers\n◦ both sizes\n• Call the caterer :white_check_mark:\nThanks all")).toBe(
      "Notes from today\n\n- Print the flyers\n  - both sizes\n- Call the caterer ✅\n\nThanks all",
    );
    expect(glyphBulletsToMarkdown("```\n• keep\n```\n")).toBe("```\n• keep\n```\n");
  });

  it("a chat summary: an emphasised label over • bullets with @owners; a 'nothing to do' entry is a note", () => {
    const md = [
      "**Dana Ito** 9:14 AM",
      "recap of the call",
      "*Offsite – action items*",
      "• Book the train tickets — @dana",
      "• Venue is confirmed — decided, nothing to do",
      "• Send the agenda to everyone — @li :white_check_mark: already done",
      "shout if I missed something",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Book the train tickets", "not_started"],
      ["Send the agenda to everyone", "done"],
    ]);
  });

  it("a word-processor paste in another language, ▪ bullets under a label with a colon", () => {
    const md = ["# Umzug", "", "Offene Aufgaben:", "▪ Kartons bestellen – @jonas", "▪ Strom ummelden – kein Handlungsbedarf", "▪ Nachsendeauftrag stellen", ""].join("\n");
    expect(read(md)).toEqual([
      ["Kartons bestellen", "not_started"],
      ["Nachsendeauftrag stellen", "not_started"],
    ]);
  });

  it("reads an '— @owner remark' tail", () => {
    expect(handleTail("Renew the domain — @kai ✅ done")).toEqual({ title: "Renew the domain", note: "@kai ✅ done", status: "done" });
    expect(handleTail("Traduire la page – @jo")).toEqual({ title: "Traduire la page", note: "@jo", status: null });
    expect(handleTail("Ping @kai about it")).toBeNull();
  });
});

describe("glyph bullets keep the document's line numbers", () => {
  it("items before, inside and after a converted run carry the lines they stand on as written", () => {
    const md = "# Plan\n\n## Tasks\nTo do this week:\n• Print the flyers\n• Call the caterer\nThanks all\n\n## Later\n\n- [ ] Book the hall\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.line])).toEqual([
      ["Print the flyers", 5],
      ["Call the caterer", 6],
      ["Book the hall", 11],
    ]);
  });
});
