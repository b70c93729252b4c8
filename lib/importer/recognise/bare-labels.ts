import type { Heading, RootContent } from "mdast";
import type { Section } from "../context";
import { plainText } from "../markdown";
import { stripPriorityLabel } from "../priority";
import { sectionFromHeading } from "../sections";

// A Word or Google Docs file pasted as plain text, or an e-mail, keeps its sub-headings as bare lines:
// "High priority", "Medium priority", "Done", "Next steps" alone on a line above the list they head,
// with no "#", no bold, no colon. A reader sees the line as that list's heading, as a bold label
// (recognise/list-labels.ts) or a bracketed one (recognise/bracket-labels.ts) would be: it gives the
// entries their priority or state, or says they are work. Only a line that says one of those is a
// label; any other short line ("St. Brigid's School", "Background") might be a title or a remark.

/** Depth below any real heading: the label covers only the list right after it (as recognise/list-labels.ts). */
const LABEL_DEPTH = 7;
const MAX_WORDS = 5;
/** A sentence or a lead-in ends in punctuation; a label line does not. */
const CLOSING_PUNCTUATION = /[.!?,;:：。！？、]$/u;

/** The section a bare label line opens for the list right after it, or null when the paragraph is not one. */
export function bareLabel(node: RootContent | undefined): Section | null {
  if (node?.type !== "paragraph" || node.children.length !== 1 || node.children[0]!.type !== "text") return null;
  const text = plainText(node).trim();
  if (!text || text.length > 60 || text.includes("\n") || CLOSING_PUNCTUATION.test(text) || !/\p{L}/u.test(text) || text.split(/\s+/).length > MAX_WORDS) return null;
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: text }], position: node.position };
  const section = sectionFromHeading(heading);
  // A line naming a priority with more words than "High priority tasks" is a sentence about them.
  if (section.priorityLabel && text.split(/\s+/).length > 3) return null;
  if (section.status || section.kind === "tasks") return { ...section, segments: [], depth: LABEL_DEPTH };
  // A priority only when the line says nothing else ("High priority", "P1"): "High availability" or
  // "High priority items we discussed" are text (the same rule as list-labels.ts's priority lines).
  return section.priorityLabel && stripPriorityLabel(text) === "" ? { ...section, segments: [], depth: LABEL_DEPTH } : null;
}
