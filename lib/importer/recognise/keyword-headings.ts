import type { Heading, RootContent } from "mdast";
import { type ParseContext, addItem } from "../context";
import { lineOf, sourceOf } from "../markdown";
import { OUTLINER_KEYWORDS, outlinerTitle } from "./outliner-keywords";

// Org-mode (or Logseq) task headlines rewritten as Markdown headings: "### TODO [#B] Write the
// intro", "### DONE Submit the form", "### WAITING Permission from the publisher". The author kept
// the keyword, so a reader takes each such heading as one item (the keyword its state, the "[#A]"
// cookie its priority) and the text under it — planning lines ("SCHEDULED: <…>"), ":PROPERTIES:"
// drawers aside — as its description. Only when the document has two such headings at least, with
// two different keywords (so a lone "## TODO list" heading stays a section, as the outliner-list
// reader asks of lists).

const KEYWORD_HEADING = /^ {0,3}#{1,6}[ \t]+([A-Z][A-Z-]{1,11})[ \t]+\S/;
const PLANNING = /^\s*(?:SCHEDULED|DEADLINE|CLOSED):/;
const DRAWER = /^\s*:[A-Za-z_-]+:\s*$/;
const cache = new WeakMap<ParseContext, boolean>();

/** Whether the text has two keyword headings or more with two keywords at least; one pass over its lines. */
export function hasKeywordHeadings(text: string): boolean {
  const seen = new Set<string>();
  let count = 0;
  for (const line of text.split("\n")) {
    if (line.charCodeAt(0) !== 35 && !line.startsWith(" ")) continue;
    const word = line.match(KEYWORD_HEADING)?.[1];
    if (word && OUTLINER_KEYWORDS.has(word)) {
      count++;
      seen.add(word);
      if (count >= 2 && seen.size >= 2) return true;
    }
  }
  return false;
}

/** The body's lines without planning lines and drawers: the item's description. */
function descriptionOf(body: RootContent[], text: string): string {
  const lines: string[] = [];
  let drawer = false;
  for (const node of body) {
    for (const line of sourceOf(node, text).split("\n")) {
      if (DRAWER.test(line)) {
        drawer = !/^\s*:END:\s*$/i.test(line);
        continue;
      }
      if (drawer || PLANNING.test(line) || !line.trim()) continue;
      lines.push(line.trim());
    }
  }
  return lines.join("\n");
}

export function recogniseKeywordHeading(heading: Heading, body: RootContent[], ctx: ParseContext): boolean {
  const raw = sourceOf(heading, ctx.text).replace(/^ {0,3}#{1,6}[ \t]+/, "").replace(/[ \t]+#+[ \t]*$/, "");
  const read = outlinerTitle(raw.replace(/`/g, "").replace(/\*\*|__/g, "").trim());
  if (!read?.title) return false;
  let known = cache.get(ctx);
  if (known === undefined) cache.set(ctx, (known = hasKeywordHeadings(ctx.text)));
  if (!known) return false;
  ctx.shapes.add("keyword-headings");
  addItem(ctx, {
    origin: "record",
    title: read.title,
    description: descriptionOf(body, ctx.text),
    priorityLabel: read.priorityLabel,
    status: read.status,
    line: lineOf(heading),
  });
  return true;
}
