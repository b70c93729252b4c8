import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { glyphColumns, isGroupName } from "./glyph-columns";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.description]);

describe("a task app's digest pasted as aligned columns", () => {
  it("the first column is the task, a parenthesis beside it a remark, the rest fields", () => {
    expect(glyphColumns("Book the venue  (Waiting on Ana)     Mar 3   Li Wei")).toEqual({ entry: "Book the venue (Waiting on Ana)", columns: ["Mar 3", "Li Wei"] });
    expect(glyphColumns("Book the venue")).toEqual({ entry: "Book the venue", columns: [] });
  });

  it("knows a group name from a sentence", () => {
    expect(isGroupName("DUE THIS WEEK")).toBe(true);
    expect(isGroupName("Heute")).toBe(true);
    expect(isGroupName("Here is what is coming up in the project.")).toBe(false);
  });

  it("reads the groups, the half-filled circle as under way, and a group that is only a state", () => {
    const md = [
      "Betreff: Deine Aufgaben diese Woche",
      "",
      "HEUTE",
      "  ○  Steuererklärung abgeben          3. Dez   Jonas",
      "  ◐  Angebot für die Küche einholen   4. Dez   Mira",
      "",
      "Erledigt",
      "  ●  Winterreifen montieren           1. Dez   Jonas",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Steuererklärung abgeben", "not_started", "3. Dez · Jonas"],
      ["Angebot für die Küche einholen", "in_progress", "4. Dez · Mira"],
      ["Winterreifen montieren", "done", "1. Dez · Jonas"],
    ]);
  });

  it("a sentence over a single glyph line is not a group", () => {
    expect(parsePlan("We looked at the options for the move.\n○ Maybe later\n").shapes).not.toContain("task-lists");
  });
});
