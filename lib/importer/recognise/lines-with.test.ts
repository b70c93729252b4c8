import { describe, expect, it } from "vitest";
import { linesWith } from "./lines-with";

// The lines a probe finds must be exactly those that splitting the text and filtering finds.
const bySplit = (text: string, probe: RegExp, split: RegExp | string) => text.split(split).filter((l) => new RegExp(probe.source, probe.flags.replace("g", "")).test(l));
const byRegex = (text: string, probe: RegExp) => text.match(new RegExp(`^.*(?:${probe.source}).*$`, probe.flags.replace("g", "") + "gm")) ?? [];

const DOCS = [
  "# Plan\n\nLegend: ✅ done · 🚧 doing\n- ✅ Ship it\n- 🚧 Draft\n\nKey = what each mark means",
  "Legende: ✔ erledigt\r\nAufgaben\r\n„erledigt“ bedeutet: verworfen\r\n",
  "凡例：🔴 緊急\n普通の行\n優先度：高 > 中 > 低",
  "Prioridades: alta » media » baja\nsin nada\n",
  "line one\u2028key = two\rthree key\n\nlast line without break key",
  "",
  "no hits at all\nnone here",
  "key\nkey\nkey key key\n",
];

describe("linesWith: the lines holding a match, found by one search", () => {
  it("matches splitting at LF (CR kept), at CRLF, and a multiline regex's lines", () => {
    for (const doc of DOCS) {
      for (const probe of [/key/i, /[✅🚧✔🔴]/u, /bedeutet|=/, /凡例|優先度/, /»|>/]) {
        expect(linesWith(doc, probe, "lf")).toEqual(bySplit(doc, probe, "\n"));
        expect(linesWith(doc, probe, "crlf")).toEqual(bySplit(doc, probe, /\r?\n/));
        expect(linesWith(doc, probe, "js")).toEqual(byRegex(doc, probe));
      }
    }
  });

  it("gives a line once however many hits it holds, and works with a global probe", () => {
    expect(linesWith("a=b=c\nx\nd = e", /=/g)).toEqual(["a=b=c", "d = e"]);
    // A lookbehind at a line's start sees the break before it, as a line of its own sees nothing.
    expect(linesWith("Legend\nxLegend\n(legend)", /(?<![\p{L}])legend(?![\p{L}])/iu)).toEqual(["Legend", "(legend)"]);
  });

  it("is linear: a million short lines with one hit, and one long line with many", () => {
    const many = "x\n".repeat(1_000_000) + "the key\n";
    expect(linesWith(many, /key/)).toEqual(["the key"]);
    const long = "key ".repeat(200_000);
    expect(linesWith(long, /key/)).toEqual([long]);
  });
});
