import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { orgOutlineToMarkdown } from "./org-outline";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority, i.category]);

describe("Org-mode outlines", () => {
  it("task headlines under a plain headline are items: keyword, cookie, tags; planning lines and notes are not", () => {
    const org = [
      "#+TITLE: garden.org",
      "#+STARTUP: overview",
      "",
      "* Garden",
      "** TODO [#A] Fix the fence by the road   :outside:",
      "   DEADLINE: <2027-04-02 Fri>",
      "   The posts are rotten.",
      "** DONE Order tulip bulbs",
      "   CLOSED: [2027-03-01 Mon 10:00]",
      "** WAITING [#C] Quote for a new shed",
      "* Reading",
      "** Some notes on compost",
      "   - brown and green layers",
      "",
    ].join("\n");
    expect(read(org)).toEqual([
      ["Fix the fence by the road", "not_started", "P1", ["Garden"]],
      ["Order tulip bulbs", "done", null, ["Garden"]],
      ["Quote for a new shed", "blocked", "P3", ["Garden"]],
    ]);
  });

  it("another language, deeper nesting: a keyword headline's sub-headlines are its checklist", () => {
    const org = [
      "* Umzug",
      "** NEXT Kartons besorgen",
      "*** DONE Baumarkt anrufen",
      "*** TODO Abholen",
      "** CANCELLED Klavier mitnehmen",
      "** DONE Nachsendeauftrag stellen",
      "",
    ].join("\n");
    const items = parsePlan(org).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Kartons besorgen", "not_started"],
      ["Klavier mitnehmen", "wont_do"],
      ["Nachsendeauftrag stellen", "done"],
    ]);
    expect(items[0]!.checklist.map((c) => [c.text, c.done])).toEqual([
      ["Baumarkt anrufen", true],
      ["Abholen", false],
    ]);
  });

  it("keeps every line where it was, turns source blocks into fences", () => {
    const org = ["* Notes", "** TODO Script the backup", "   #+BEGIN_SRC sh", "   restic backup /srv", "   #+END_SRC", "** DONE Buy disks"].join("\n");
    const md = orgOutlineToMarkdown(org);
    expect(md.split("\n")).toHaveLength(6);
    expect(md).toContain("  ```sh");
    expect(parsePlan(org).items.map((i) => [i.title, i.line])).toEqual([
      ["Script the backup", 2],
      ["Buy disks", 6],
    ]);
  });

  it("leaves Markdown alone: bullets with stars, bold openings, a document with Markdown headings", () => {
    const md = ["# Plan", "", "* TODO one", "* DONE two", "** not a headline in Markdown", ""].join("\n");
    expect(orgOutlineToMarkdown(md)).toBe(md);
    const bullets = ["* first", "* second", "**bold** start", ""].join("\n");
    expect(orgOutlineToMarkdown(bullets)).toBe(bullets);
  });
});
