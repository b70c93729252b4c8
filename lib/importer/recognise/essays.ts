import type { RootContent } from "mdast";
import { isHeading, plainText } from "../markdown";

// An essay, a blog post or a newsletter column: paragraphs of prose with a short list in the middle
// ("What we do now is simple. - Decide one thing every Monday - …"). The list sums up how the author
// works; nobody is asked to do anything. The first reading finds no work in it (no heading says so),
// and the low-confidence second reading must not take that list for a plan either. A careful reader
// knows an essay by its proportions: no sections under the title, several paragraphs of prose that
// outweigh the lists many times over, and every list led in by a statement (a sentence ending in a
// full stop), not by a label or an ask ending in a colon, nor by a chat message's speaker line.

/** Paragraphs of prose that make a document an essay, and how many times they outweigh its lists. */
const LEAST_PARAGRAPHS = 3;
const PROSE_TO_LISTS = 3;

/** A lead-in that states something ("What we do now is simple."): a sentence, not a label, an ask or a speaker's name. */
const statesBefore = (node: RootContent | undefined) => node?.type === "paragraph" && /[.。!！]\s*$/u.test(plainText(node));

/** Whether the document is an essay with lists, not a plan (see above). A level-1 title is its only heading, if any. */
export function isEssay(nodes: readonly RootContent[]): boolean {
  const headings = nodes.filter(isHeading);
  if (headings.length > 1 || headings.some((h) => h.depth !== 1)) return false;
  let prose = 0;
  let paragraphs = 0;
  let lists = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "paragraph") {
      const text = plainText(node);
      // A sentence or more: a line of fields or a label is no prose.
      if (text.length >= 40) {
        prose += text.length;
        paragraphs++;
      }
    } else if (node.type === "list") {
      if (node.children.some((item) => typeof item.checked === "boolean") || !statesBefore(nodes[i - 1])) return false;
      lists += plainText(node).length;
    } else if (node.type === "table" || node.type === "code") return false;
  }
  return lists > 0 && paragraphs >= LEAST_PARAGRAPHS && prose >= lists * PROSE_TO_LISTS;
}
