import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { decodeDocument } from "@/lib/importer/decode";
import { parseWithRemark } from "./remark";
import { parseMarkdownFast } from "./markdown-fast";
import { parsePlan } from "@/lib/importer/parse";

// parseMarkdownFast (markdown-it, which the importer uses) against parseWithRemark (remark + GFM,
// the reference): the same tree where the recognisers look, and the same parsePlan result, for
// the demo seeds, the fixture plans and random plan-shaped documents.

/** What the recognisers can read of a node, recursively: fields, plain text, line, exact source. */
function shape(node: Nodes, text: string): unknown {
  const p = node.position;
  const out: Record<string, unknown> = {
    type: node.type,
    text: toString(node),
    line: p?.start.line,
    source: p ? text.slice(p.start.offset, p.end.offset) : undefined,
  };
  for (const key of ["depth", "ordered", "start", "checked", "lang", "meta", "value", "url", "alt"] as const) {
    if (key in node) out[key] = (node as unknown as Record<string, unknown>)[key];
  }
  if ("children" in node) out.children = node.children.map((child) => shape(child as Nodes, text));
  return out;
}

const treeOf = (parse: (t: string) => Nodes, text: string) => shape(parse(text), text);

let remarkCalls = 0;
let parsePlanRemark: typeof parsePlan;

beforeAll(async () => {
  // A second copy of the importer's parse.ts whose "./markdown" hands out remark's trees.
  vi.resetModules();
  vi.doMock("@/lib/importer/markdown", async (importOriginal) => ({
    ...(await importOriginal<typeof import("@/lib/importer/markdown")>()),
    parseMarkdown: (text: string) => {
      remarkCalls++;
      return parseWithRemark(text);
    },
  }));
  parsePlanRemark = (await import("@/lib/importer/parse")).parsePlan;
  vi.doUnmock("@/lib/importer/markdown");
});

function expectEquivalent(text: string) {
  expect(treeOf(parseMarkdownFast, text)).toEqual(treeOf(parseWithRemark, text));
  const calls = remarkCalls;
  expect(parsePlan(text)).toEqual(parsePlanRemark(text));
  // The copy really read the plan with remark (readers of line shapes parse their fragments too, so more than once).
  expect(remarkCalls).toBeGreaterThan(calls);
}

const read = (dir: string, pattern: RegExp) =>
  readdirSync(join(process.cwd(), dir))
    .filter((f) => pattern.test(f))
    .map((name) => {
      const decoded = decodeDocument(readFileSync(join(process.cwd(), dir, name)));
      if (!decoded.ok) throw new Error(`${name}: ${decoded.error}`);
      return [name, decoded.text] as const;
    });

describe("parseMarkdownFast on real plans", () => {
  const files = [...read("db/demo/seeds", /\.txt$/), ...read("test/fixtures/plans", /\.md$/)];
  it("finds the seeds and fixtures", () => expect(files.length).toBeGreaterThanOrEqual(17));
  it.each(files)("%s: same tree and same parsePlan result", (_name, text) => expectEquivalent(text));
});

describe("parseMarkdownFast on edge cases", () => {
  const cases: [string, string][] = [
    ["task marks", "- [ ] a\n- [x] b\n- [X]\tc\n- [ ]  two spaces\n- [x] **bold** rest\n- [ ]\n- [x]  \n- [x]\n  next line\n-\n  [ ] late\n1. [ ] ordered\n"],
    ["nested and loose items", "- a\n  - [ ] b\n\n    c\n\n\n- d\n  ```\n  code\n  ```\n  tail\n- \n* e\n"],
    ["bold titles", "1. **Title** - desc\n2. **Title:** desc\n3. **T**: d (done)\n4. **`code` title** — x\n10) **Ten**\n"],
    ["fields", "**Status:** Done  \n**Effort:** 2h\\\n**Owner**: me \n**Context:**\nmore text\n"],
    ["tables", "| a | b |\n|:--|--:|\n| 1 | 2 | 3 |\n| x \\| y | `c|d` |\nonly\n\nID | Task\n---|---\n\n| a |\n---\n"],
    ["code", "```js meta x  \ncode\n```  \n\n~~~\n- [ ] inside\n~~~\n\n    indented\n\nAfter.\n\n```\nunclosed\n\n"],
    ["html and breaks", "<!-- c -->  \n\n<!--\nmulti\n-->\n\n<details>\n<summary>x</summary>\n\nin\n\n</details>\n\n***\n---  \n"],
    ["headings", "  ## H ##  \n\nSetext\nmore  \n===  \n\n# \n\n###### six\n"],
    ["inline", "*e* _e_ ***s*** ~x~ ~~y~~ ~~~z~~~ `c` <https://a.b/c> <a@b.co> ![i *x*](p.png \"t\") [l](<a b> \"t\") &amp; \\* <kbd>k</kbd>\n"],
    ["references", "[ref]: ./x.md 'T'\n[b]:\n  /v\n\nSee [t][ref], [ref][] and [ref]. ![i][ref]\n"],
    ["quotes", "> q\n> - a\n>\n>   b\n\n> q\nlazy\n>\n\nend"],
    ["tabs", "-\tfoo\n-\t[ ]\tbar\n\t- nested **b**\n\n|\ta\t|\tb |\n|---|---|\n"],
    ["CRLF (remark fallback)", "# T\r\n\r\n- [ ] a\r\n"],
  ];
  it.each(cases)("%s", (_name, text) => expectEquivalent(text));

  it("bare URLs: remark's autolink literals change the tree, not the plain text, offsets or parsePlan", () => {
    const text = [
      "## Tasks",
      "- [ ] Fix https://example.com/issues/1 and www.example.org (see docs@example.com)",
      "1. **Title** https://example.com/a - description",
      "2. **https://example.com/b** - url title",
      "",
      "### R-1: Record https://example.com/c",
      "**Status:** In progress https://example.com/d  ",
      "**Effort:** 2 hours",
      "",
      "| ID | Task | Status |",
      "|----|------|--------|",
      "| T-1 | Check https://example.com/e | Done |",
    ].join("\n");
    const flat = (root: Nodes) => ("children" in root ? root.children : []).map((n) => [n.type, toString(n), n.position?.start.offset, n.position?.end.offset]);
    expect(flat(parseMarkdownFast(text))).toEqual(flat(parseWithRemark(text)));
    expect(parsePlan(text)).toEqual(parsePlanRemark(text));
    expect(treeOf(parseMarkdownFast, text)).not.toEqual(treeOf(parseWithRemark, text));
  });
});

// Random plan-shaped Markdown (tabs are covered by the edge cases above, CR by the fallback).
// The generator avoids what remark and markdown-it read differently, each noted where it is
// avoided: GFM autolink literals (bare URLs, e-mail addresses: remark splits the text into text +
// link, with the same plain text and offsets, and no recogniser looks at links) and footnotes
// (`[^1]`, GFM only), which markdown-it does not implement; and places where micromark departs
// from CommonMark / cmark-gfm or has odd positions: emphasis and strikethrough delimiters that
// interleave, `****a** b**`, a line `- -`, an ordered list not starting at 1 right after indented
// code, a one-column table without pipes, a list inside a quote followed by more quoted lines,
// a fence left open inside a list item. Bare URLs are common in plans and harmless (tested
// above); the rest is rare, malformed Markdown.
const WORDS = ["cache", "Index", "query", "latency", "retry", "P1", "(P0)", "[High]", "v2.1", "1.2", "p95", "<", "200ms", "99.9%", "API", "don't", "e.g.", "—", "-", ":", "#42", "R2-001", "snake_case", "a/b", "TODO", "&", "\"q\"", "~2h", "~x~"];
const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
const inlinePart = fc.oneof(
  { weight: 6, arbitrary: words },
  words.map((w) => `**${w}**`),
  words.map((w) => `*${w}*`),
  words.map((w) => `_${w}_`),
  words.map((w) => `\`${w}\``),
  // Not `~~~x~…`: a fence left open inside a list item, where micromark's positions are odd.
  words.filter((w) => !w.startsWith("~")).map((w) => `~~${w}~~`),
  fc.tuple(words, fc.constantFrom("https://example.com/a?b=1", "./docs/x.md", "#anchor", "<a b>")).map(([w, u]) => `[${w}](${u})`),
  fc.constantFrom("&amp;", "&lt;tag&gt;", "\\*not bold\\*", "<https://example.com/x>", "<kbd>Ctrl</kbd>", "![alt *text*](img.png)", "a \\| b", "**", "__init__", "***both***", "`a | b`"),
);
const phrase = fc.array(inlinePart, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(" "));
// A bold title holds no bold of its own: `****a** b**` is where micromark and markdown-it read
// CommonMark's rule of 3 differently (original vs remaining delimiter run lengths).
const title = fc.oneof(words, words.map((w) => `\`${w}\``), words.map((w) => `*${w}*`));
/** Paragraph lines: soft breaks, hard breaks (two spaces or backslash), trailing spaces. */
const lineBreak = fc.constantFrom("\n", "  \n", "\\\n", " \n");
const paragraphText = fc.tuple(phrase, fc.array(fc.tuple(lineBreak, phrase), { maxLength: 2 })).map(([first, rest]) => first + rest.map(([b, p]) => b + p).join(""));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), phrase, fc.boolean()).map(([d, p, close]) => `${"#".repeat(d)} ${p}${close ? ` ${"#".repeat(d)}` : ""}`);
const FIELDS = ["Status", "Severity", "Effort", "Priority", "Owner", "Context", "Estimate", "Acceptance Criteria"];
const fieldParagraph = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(phrase, { nil: "" }), fc.boolean()), { minLength: 1, maxLength: 4 })
  .map((fs) => fs.map(([k, v, outside]) => (outside ? `**${k}**: ${v}` : `**${k}:** ${v}`).trimEnd()).join("  \n"));
const fence = fc
  .tuple(fc.constantFrom("```", "~~~", "````"), fc.constantFrom("", "ts", "bash", "md title=x", "js  "), fc.array(fc.constantFrom("- [ ] task inside code", "1. **not** a list", "", "  indented", "| a | b |", "<!-- x -->", "# not a heading"), { maxLength: 4 }))
  .map(([f, info, body]) => [f + info, ...body, f].join("\n"));
const comment = fc.tuple(words, fc.boolean()).map(([w, multi]) => (multi ? `<!--\n${w}\n-->` : `<!-- ${w} -->`));
const rule = fc.constantFrom("---", "***", "___", "- - -");
const table = fc.integer({ min: 1, max: 4 }).chain((cols) =>
  fc
    .tuple(
      fc.array(fc.constantFrom("ID", "Task", "Priority", "Status", "Owner", "SLA", "Effort"), { minLength: cols, maxLength: cols }),
      fc.array(fc.array(fc.oneof(words, phrase.filter((p) => !p.includes("|"))), { minLength: Math.max(1, cols - 1), maxLength: cols + 1 }), { maxLength: 4 }),
      fc.boolean(),
      fc.constantFrom(":--", "---", ":-:", "--:"),
    )
    .map(([head, rows, pipes, align]) => {
      // A one-column table needs its pipes in markdown-it (and cmark-gfm), not in micromark.
      const row = (cells: string[]) => (pipes || cols === 1 ? `| ${cells.join(" | ")} |` : cells.join(" | "));
      return [row(head), row(head.map(() => align)), ...rows.map(row)].join("\n");
    }),
);

type Item = { mark: string; text: string; more: string[]; children: Item[] };
const { item } = fc.letrec<{ item: Item }>((tie) => ({
  item: fc.record({
    mark: fc.constantFrom("[ ] ", "[x] ", "[X] ", "", "[~] "),
    text: paragraphText,
    // Loose content after a blank line: a paragraph or a fenced block with task lines inside.
    more: fc.array(fc.oneof(paragraphText, fence), { maxLength: 1 }),
    children: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.constant<Item[]>([]), fc.array(tie("item"), { minLength: 1, maxLength: 3 })),
  }),
}));
function renderList(items: Item[], indent: string, ordered: number | null, delimiter: string, bullet: string): string[] {
  return items.flatMap((it, i) => {
    const marker = ordered === null ? `${bullet} ` : `${ordered + i}${delimiter} `;
    const inner = indent + " ".repeat(marker.length);
    const [first, ...rest] = `${it.mark}${it.text}`.split("\n");
    return [
      `${indent}${marker}${first}`,
      ...rest.map((l) => inner + l),
      ...it.more.flatMap((m) => ["", ...m.split("\n").map((l) => (l ? inner + l : l))]),
      ...renderList(it.children, inner, null, delimiter, bullet === "-" ? "*" : "-"),
    ];
  });
}
const taskList = fc.tuple(fc.array(item, { minLength: 1, maxLength: 4 }), fc.constantFrom("-", "*", "+")).map(([items, bullet]) => renderList(items, "", null, ".", bullet).join("\n"));
const numberedList = fc
  .tuple(fc.array(fc.tuple(title, fc.option(phrase), fc.constantFrom(" - ", ": ", " — ", " ")), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(".", ")"))
  .map(([entries, start, delimiter]) => entries.map(([title, desc, sep], i) => `${start + i}${delimiter} **${title}**${desc === null ? "" : sep + desc}`).join("\n"));
const orderedTasks = fc.tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3 })).map(([items, start]) => renderList(items, "", start, ".", "-").join("\n"));
const quote = paragraphText.map((p) => p.split("\n").map((l) => `> ${l}`).join("\n"));

const record = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.constantFrom("R1-001: ", "P0-12: ", "SEC-3 | ", ""), words, fieldParagraph, fc.constantFrom("Acceptance Criteria", "Action Items", "Files to Update", "Notes"), taskList)
  .map(([depth, key, name, fields, label, list]) => `${"#".repeat(depth)} ${key}${name}\n${fields}\n\n**${label}:**\n${list}`);
const rare = fc.oneof(
  words.map((w) => `${w}\n===`),
  // Indented code, then a paragraph: right after indented code micromark will not start an
  // ordered list at a number other than 1 (as if it interrupted a paragraph).
  words.map((w) => `    ${w}\n\n    - [ ] not a task\n\nAfter the code.`),
  fc.constant("[ref]: ./docs/ref.md 'Title'\n\nSee [the ref][ref] and [ref]."),
  // An HTML block runs to the next blank line, so it gets one (else what follows could become
  // indented code, see above).
  words.map((w) => `<details>\n<summary>${w}</summary>\n\n- [ ] inside html\n\n</details>\n`),
  // No lists inside block quotes: micromark stretches such a list's end over the next quoted
  // line's `> ` prefix. The recognisers never slice a list inside a quote (they read top-level
  // nodes, record bodies and list items), so that difference cannot reach parsePlan.
  words.map((w) => `> **Note:** ${w}\n> more ${w}`),
);
const block = fc.oneof(heading, heading, fieldParagraph, paragraphText, taskList, taskList, numberedList, orderedTasks, table, fence, comment, rule, quote, record, rare);
const documents = fc
  .array(fc.tuple(block, fc.constantFrom("\n\n", "\n\n", "\n", "\n\n\n")), { minLength: 1, maxLength: 10 })
  .map((blocks) => blocks.map(([b, sep]) => b + sep).join(""))
  // A line `- -` is an empty list inside a list item to markdown-it (and commonmark.js), a
  // paragraph "-" inside one to micromark.
  .filter((text) => !/^[ \t]*[-*+][ \t]+[-*+][ \t]*$/m.test(text));

describe("parseMarkdownFast on random plan-shaped documents", () => {
  it("gives the same tree and the same parsePlan result", () => {
    fc.assert(fc.property(documents, (text) => expectEquivalent(text)), { numRuns: 300 });
  }, 120_000);
});
