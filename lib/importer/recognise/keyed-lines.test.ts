import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.key, i.title, i.status, i.priority, i.category]);

describe("a tracker's view copied as plain lines: key, title, fields", () => {
  it("bold state groups give the state; the fields after middle dots are not title", () => {
    const md = [
      "Sprint 7 · Web",
      "",
      "**To Do**",
      "WEB-12 Cookie banner in French  ·  High  ·  Anaïs",
      "WEB-15 Remove the old sitemap  ·  Low",
      "",
      "**Done**",
      "WEB-9 Fix the footer links  ·  Medium",
      "",
      "**Canceled**",
      "WEB-3 Animated logo  ·  No priority",
    ].join("\n");
    expect(read(md)).toEqual([
      ["WEB-12", "Cookie banner in French", "not_started", "P1", []],
      ["WEB-15", "Remove the old sitemap", "not_started", "P3", []],
      ["WEB-9", "Fix the footer links", "done", "P2", []],
      ["WEB-3", "Animated logo", "wont_do", null, []],
    ]);
  });

  it("in another language, a group that is not a state is a category", () => {
    const md = ["**Zahlungen**", "PAY-1 Rechnung als PDF  ·  Hoch", "PAY-2 Mahnlauf automatisieren", ""].join("\n");
    expect(read(md)).toEqual([
      ["PAY-1", "Rechnung als PDF", "not_started", "P1", ["Zahlungen"]],
      ["PAY-2", "Mahnlauf automatisieren", "not_started", null, ["Zahlungen"]],
    ]);
  });

  it("a sentence that merely starts with a key is not a list; nor are keyed lines under a notes heading", () => {
    expect(parsePlan("# Notes\n\nOPS-4 was discussed at length and nobody wants it.\n").items).toEqual([]);
    expect(parsePlan("## Decisions\n\nAPI-1 Keep REST\nAPI-2 No GraphQL for now\n").items).toEqual([]);
  });

  it("lines with tabs or wide gaps between cells are a pasted table, left to the plain-rows reader", () => {
    const md = ["## Todo", "", "OPS-1\tRotate the keys\tHigh\t@li", "OPS-2\tPatch the VPN\tLow\t@mo", ""].join("\n");
    expect(parsePlan(md).shapes).not.toContain("keyed-lines");
  });
});
