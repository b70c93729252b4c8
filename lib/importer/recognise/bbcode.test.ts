import { describe, expect, it } from "vitest";

import { parsePlan } from "../parse";
import { bbCodeToMarkdown } from "./bbcode";

describe("BBCode pasted as Markdown", () => {
  it("writes lists, bold titles, struck entries and look-only tags as Markdown, line for line", () => {
    const bb = "[b][size=3]Next release[/size][/b]\n[list]\n[*][s]Patch the login loop[/s]\n[*][color=blue]Add dark theme[/color]\n[list=1]\n[*]pick colours\n[/list]\n[/list]\nsee [url=https://x.test]the thread[/url]";
    expect(bbCodeToMarkdown(bb).split("\n")).toEqual([
      "## Next release",
      "",
      "- ~~Patch the login loop~~",
      "- Add dark theme",
      "",
      "   1. pick colours",
      "",
      "",
      "see [the thread](https://x.test)",
    ]);
  });

  it("reads a forum post's roadmap as its work, struck entries done", () => {
    const bb = "[b]Plans for 2.0[/b]\n[list]\n[*][s]Port the map editor[/s]\n[*]Add a night mode\n[/list]\n";
    const items = parsePlan(bb).items;
    expect(items.map((i) => [i.title, i.done])).toEqual([
      ["Port the map editor", true],
      ["Add a night mode", false],
    ]);
  });

  it("leaves Markdown, and text that only mentions a tag, alone", () => {
    const md = "# Plan\n\n- write [*] docs\n- [list] of things\n";
    expect(bbCodeToMarkdown(md)).toBe(md);
    const fenced = "```\n[list]\n[*]x\n[/list]\n```\n";
    expect(bbCodeToMarkdown(fenced)).toBe(fenced);
    expect(bbCodeToMarkdown("a [b]bold[/b] word\n")).toBe("a [b]bold[/b] word\n");
  });
});
