import type { Heading, List, RootContent } from "mdast";
import { isHeading, plainText } from "../markdown";
import { kindOf } from "../sections";

// A Word or Google Docs file pasted as plain text keeps its numbered headings as lines: "1. Background",
// then a paragraph, "2. Priorities for 2027", then lists, "3. Budget". Markdown reads each line as a
// numbered list of one entry; a reader sees the document's sections, numbered 1, 2, 3 with their
// content between them. Read as lists, the low-confidence reading took "Background" and "Budget" for
// tasks and no section heading was there to say what the lists under it are.
// Steps of a procedure are written the same way ("1. Install the agent", a paragraph, "2. Configure
// it"), so the lines must look like a document's sections: no Markdown heading anywhere (the paste
// has none), numbered 1, 2, 3 in order with other blocks between every two, short and unpunctuated,
// and at least two, and half, of them a section's name a reader knows in a word or two ("Background",
// "Budget", "Next steps", "Risks" — sections.ts kindOf), which a step, a verb and its object, is not;
// the names of two kinds at least (a background and a budget), not "Task 1", "Task 2" of one list.

const MAX_WORDS = 8;
const MAX_LENGTH = 80;
/** A step, a sentence or a lead-in ends in punctuation; a heading does not. */
const CLOSING_PUNCTUATION = /[.!?,;:：。！？]$/u;
/** At least this many numbered lines: one alone is no outline. */
const LEAST = 2;
/** A document has a handful of numbered sections; thousands of numbered lines are a list's entries. */
const MOST = 30;

/**
 * "Background", "Budget", "Next steps", "Risiken": a section's name of one or two words. A step names
 * its object as well ("Install the agent", "Review the backlog"), which kindOf may still read by one word.
 */
const sectionKind = (line: string) => (line.split(/\s+/).length <= 2 ? kindOf(line, null, null) : null);

/** The text of a one-entry numbered list that could be a heading line, or null. */
function headingLine(node: RootContent): string | null {
  if (node.type !== "list" || !node.ordered || node.children.length !== 1) return null;
  const [item] = node.children;
  if (item!.children.length !== 1 || item!.children[0]!.type !== "paragraph" || typeof item!.checked === "boolean") return null;
  const text = plainText(item!.children[0]!).trim();
  if (!text || text.includes("\n") || text.length > MAX_LENGTH || CLOSING_PUNCTUATION.test(text) || text.split(/\s+/).length > MAX_WORDS) return null;
  return text;
}

/** The document's nodes with pasted numbered heading lines (see above) read as level-2 headings; the same array when there are none. */
export function numberedHeadingLines(nodes: RootContent[]): RootContent[] {
  if (nodes.some(isHeading)) return nodes;
  const candidates: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (headingLine(nodes[i]!) !== null) candidates.push(i);
  if (candidates.length < LEAST) return nodes;
  // Numbered 1, 2, 3 in order, with at least one other block between every two.
  const numbers = candidates.map((i) => (nodes[i] as List).start ?? 1);
  if (numbers[0] !== 1 || numbers.some((n, k) => k > 0 && n !== numbers[k - 1]! + 1)) return nodes;
  if (candidates.some((i, k) => k > 0 && i === candidates[k - 1]! + 1)) return nodes;
  // The last numbered line heads something too: a line at the very end is a step or an entry.
  if (candidates.at(-1) === nodes.length - 1) return nodes;
  if (candidates.length > MOST) return nodes;
  // "To do:" right above "1. …": a lead-in opens a list (recognise/continued-lists.ts), not an outline.
  const lead = nodes[candidates[0]! - 1];
  if (lead?.type === "paragraph" && /[:：]\s*$/u.test(plainText(lead))) return nodes;
  const kinds = candidates.map((i) => sectionKind(headingLine(nodes[i]!)!));
  const named = kinds.filter(Boolean).length;
  // Sections of different kinds ("Background" notes, "Budget" targets): "Task 1", "Task 2" are one list's entries.
  if (named < LEAST || named * 2 < candidates.length || new Set(kinds.filter(Boolean)).size < 2) return nodes;
  const at = new Set(candidates);
  return nodes.map((node, i) => {
    if (!at.has(i)) return node;
    const paragraph = (node as List).children[0]!.children[0]!;
    const heading: Heading = { type: "heading", depth: 2, children: paragraph.type === "paragraph" ? paragraph.children : [], position: node.position };
    return heading;
  });
}
