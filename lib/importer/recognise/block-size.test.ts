import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { parseMarkdown } from "../markdown";
import { isHugeBlock, linesIn, MAX_BLOCK_LINES } from "./block-size";
import { glyphBulletsToMarkdown } from "./glyph-bullets";

const titles = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("how many lines a block spans, and the most a typed-line reader reads", () => {
  it("counts a block's lines from its position", () => {
    const [heading, paragraph] = parseMarkdown("# Plan\n\nline one\nline two\nline three\n").children;
    expect(linesIn(heading!)).toBe(1);
    expect(linesIn(paragraph!)).toBe(3);
    expect(isHugeBlock(paragraph!)).toBe(false);
    expect(linesIn({ type: "text", value: "x" } as never)).toBe(0);
  });

  it("reads typed lines in a block of ordinary length (outline numbers, box glyphs)", () => {
    expect(titles("# Plan\n\n1.1 Inventory the build scripts\n1.2 Agree on a Node version\n")).toEqual(["Inventory the build scripts", "Agree on a Node version"]);
    expect(titles("# Checkliste\n\n☐ Raum buchen\n☑ Badges bestellen\n")).toEqual(["Raum buchen", "Badges bestellen"]);
  });

  it("reads a paragraph of more lines than that as text: outline lines, box glyphs, rows", () => {
    const outline = Array.from({ length: MAX_BLOCK_LINES + 1 }, (_, i) => `1.${i + 1} Étape numéro ${i + 1}`).join("\n");
    expect(titles(`# Plan\n\n${outline}\n`)).toEqual([]);
    const boxes = Array.from({ length: MAX_BLOCK_LINES + 1 }, (_, i) => `☐ タスク ${i + 1}`).join("\n");
    expect(titles(`# Plan\n\n${boxes}\n`)).toEqual([]);
  });

  it("leaves a run of more glyph bullets than a block may hold as text; a shorter run becomes a list", () => {
    expect(glyphBulletsToMarkdown("Acciones:\n• Reservar la sala\n• Pedir las tarjetas")).toBe("Acciones:\n\n- Reservar la sala\n- Pedir las tarjetas");
    const long = Array.from({ length: MAX_BLOCK_LINES + 1 }, (_, i) => `• пункт ${i}`).join("\n");
    expect(glyphBulletsToMarkdown(`Intro\n${long}\nafter`)).toBe(`Intro\n${long}\nafter`);
  });
});
