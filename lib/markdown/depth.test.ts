import fc from "fast-check";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { parseWithRemark } from "./remark";
import { parseMarkdownFast } from "./markdown-fast";
import { MAX_MARKDOWN_DEPTH, markdownDepth, tooDeepAt } from "./depth";
import { parseTokens } from "./parser";

// The depth scanner against the parsers the app uses (markdown-it: the renderer and the
// importer) and the reference one (remark): it may count deeper, never shallower.

const CONTAINERS = new Set(["listItem", "blockquote", "footnoteDefinition"]);

/** Deepest nesting of containers in an mdast tree. */
function treeDepth(node: Nodes): number {
  let deepest = 0;
  if ("children" in node) for (const child of node.children) deepest = Math.max(deepest, treeDepth(child as Nodes));
  return deepest + (CONTAINERS.has(node.type) ? 1 : 0);
}

/** Deepest nesting of list items, quotes and footnotes in the renderer's tokens. */
function tokenDepth(text: string): number {
  let level = 0;
  let deepest = 0;
  for (const t of parseTokens(text)) {
    if (t.type === "list_item_open" || t.type === "blockquote_open" || t.type === "footnote_definition_open") deepest = Math.max(deepest, ++level);
    else if (t.type === "list_item_close" || t.type === "blockquote_close" || t.type === "footnote_definition_close") level--;
  }
  return deepest;
}

const depthOf = (text: string) => markdownDepth(text).depth;

describe("markdownDepth", () => {
  it.each<[string, string, number]>([
    ["plain text", "just words\n\nmore", 0],
    ["a list", "- a\n- b", 1],
    ["nested by indentation", "- a\n  - b\n    - c", 3],
    ["several markers on one line", "- - - x", 3],
    ["ordered markers", "1. 2) 3. x", 3],
    ["quotes", "> > > x", 3],
    ["quotes without spaces", ">>>x", 3],
    ["mixed", "- > - > x", 4],
    ["a footnote holding a list", "[^a]: - x", 2],
    ["indented lists", "* a\n\n    * b\n\n        * c", 3],
    ["a lazy line keeps the containers open", "> - a\nlazy\n>   - b", 3],
    ["a thematic break is no list", "- - -\n* * *", 0],
    ["an item's content that is indented code", "-      - x", 1],
    ["tabs", "-\t-\tx", 2],
    ["CRLF", "- a\r\n  - b\r\n", 2],
    ["the comment that froze the server", `${"- ".repeat(5000)}x`, 5000],
  ])("%s", (_name, text, depth) => {
    expect(depthOf(text)).toBe(depth);
  });

  it("names the first line past the limit", () => {
    const text = Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n");
    expect(tooDeepAt(text)).toBe(MAX_MARKDOWN_DEPTH + 1);
    expect(tooDeepAt(text, 40)).toBeNull();
    expect(tooDeepAt(`${"> ".repeat(MAX_MARKDOWN_DEPTH)}x`)).toBeNull();
    expect(tooDeepAt(`ok\n\n${"> ".repeat(MAX_MARKDOWN_DEPTH + 1)}x`)).toBe(3);
  });

  it("reads a 5 MB text in one linear pass", () => {
    const deep = `${"- ".repeat(2_500_000)}x`;
    const shallow = "- a\n  - b\n".repeat(500_000);
    // A linear pass takes ~50 ms; a quadratic one would take hours and meet the test's 30 s timeout.
    // No clock here: a timing bound fails on a loaded machine and proves nothing a timeout does not.
    expect(tooDeepAt(deep)).toBe(1);
    expect(depthOf(shallow)).toBe(2);
  });

  // Pieces that build container structure, leaves that interrupt it, and the places where the
  // parsers differ (tabs, footnotes, fences, HTML blocks, link definitions, tables).
  const PIECES = ["- ", "* ", "+ ", "1. ", "2) ", "10. ", "> ", ">", " ", "  ", "   ", "    ", "\t", "x", "y z", "-", "```", "~~~", "# ", "---", "***", "_ _ _", "[^a]: ", "[a]: /u", "[b]", "=", "|a|b|\n|-|-|", "<div>", "`", "\n", "\n", "\n", "\n\n", "\r\n"];
  const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));

  it("never counts shallower than remark or markdown-it", () => {
    fc.assert(
      fc.property(documents, (text) => {
        const depth = depthOf(text);
        expect(depth).toBeGreaterThanOrEqual(treeDepth(parseWithRemark(text)));
        expect(depth).toBeGreaterThanOrEqual(treeDepth(parseMarkdownFast(text)));
        expect(depth).toBeGreaterThanOrEqual(tokenDepth(text));
      }),
      { numRuns: 3000 },
    );
  });

  // Lines of markers and text, separated by blank lines: no tabs, notes, fences, HTML, empty
  // items or other item that a parser would not let start (after a paragraph or indented code),
  // which is where the scanner reads the deeper way on purpose.
  const plainLines = fc
    .array(fc.array(fc.constantFrom("- ", "* ", "1. ", "> ", " ", "  ", "    "), { maxLength: 8 }).map((p) => `${p.join("")}x`), { maxLength: 8 })
    .map((lines) => lines.join("\n\n"));

  it("counts exactly as deep as both parsers on plain nested lists and quotes", () => {
    fc.assert(
      fc.property(plainLines, (text) => {
        const depth = depthOf(text);
        expect(depth).toBe(treeDepth(parseWithRemark(text)));
        expect(depth).toBe(tokenDepth(text));
      }),
      { numRuns: 2000 },
    );
  });
});
