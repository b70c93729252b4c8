import { aimsAtIt } from "./lead-ins";
import { introducesRemainingWork } from "./remaining-work";
import type { Heading, Paragraph, RootContent } from "mdast";
import type { Section } from "../context";
import { plainText } from "../markdown";
import { findPriorityLabel, PRIORITY_SOURCES, stripPriorityLabel } from "../priority";
import { sectionFromHeading } from "../sections";

// "**In Progress**" or "**Action items:**" alone on a line, right above a list: the writer used bold
// where a heading belongs (trackers' copy-paste groups issues this way). A careful reader reads the
// label as a heading for that one list: a state names the state of every entry, a work word makes
// the entries work, a notes word ("**Risks**") makes them not work, anything else is a category.

/** Depth below any real heading: the label covers only the list right after it. */
const LABEL_DEPTH = 7;

/** The section a bold label paragraph opens for the list after it, or null when the node is not one. */
export function listLabel(node: RootContent | undefined): Section | null {
  if (node?.type !== "paragraph") return null;
  // "**Errors** (fix first)": a remark in parentheses after the bold label leaves it a label.
  const children = node.children.filter((c, i) => !(c.type === "text" && (/^[\s:]*$/.test(c.value) || (i > 0 && /^\s*[(（][^()（）\n]{1,40}[)）][\s:]*$/u.test(c.value)))));
  const [only] = children;
  // Chat apps write bold as single stars, which Markdown reads as emphasis ("*Action items*").
  if (children.length !== 1 || (only?.type !== "strong" && only?.type !== "emphasis")) return leadIn(node) ?? priorityLine(node);
  const text = plainText(only).replace(/:\s*$/, "").trim();
  if (!text || text.length > 60 || text.includes("\n")) return null;
  const heading: Heading = { type: "heading", depth: 6, children: only.children, position: node.position };
  return { ...sectionFromHeading(heading), depth: LABEL_DEPTH };
}

/**
 * "High priority" alone on the line above a list, unbolded: a Word or email plan pasted as text lost
 * its heading style, and the line that is only a priority ("Medium priority", "Prioridad alta", "P1")
 * still ranks the list under it. It names no group. A line with any other word is text, not a label.
 */
const NAMES_PRIORITY = new RegExp(`^P[0-4]$|(?<![\\p{L}])(?:${PRIORITY_SOURCES.noun})(?![\\p{L}])`, "iu");

function priorityLine(node: Paragraph): Section | null {
  const text = plainText(node).trim();
  if (!text || text.includes("\n") || text.length > 40 || text.split(/\s+/).length > 3) return null;
  // The line names priority ("High priority", "Prioridad alta", "P1"): a bare "URGENTE" or "FATTO" over a
  // plain-text note's list is one of its many group lines, read with the others (recognise/low-confidence.ts).
  if (!NAMES_PRIORITY.test(text) || !findPriorityLabel(text, { headingOnly: true }) || stripPriorityLabel(text) !== "") return null;
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: text }], position: node.position };
  const section = sectionFromHeading(heading);
  return section.priorityLabel ? { ...section, kind: "tasks", segments: [], depth: LABEL_DEPTH } : null;
}

/**
 * "These came up in planning and were explicitly deferred:" — a one-line lead-in that ends in a
 * colon and says the state of what follows ("deferred", "done", "still open") or that it is work
 * ("Next steps:"). It is no category name: only its state and kind carry over to the list.
 */
function leadIn(node: Paragraph): Section | null {
  const text = plainText(node).trim();
  if (!text.endsWith(":") || text.includes("\n") || text.split(/\s+/).length > 12) return null;
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: text.replace(/:$/, "") }], position: node.position };
  const section = sectionFromHeading(heading);
  // "Still to do, roughly in this order:": the work that remains (recognise/remaining-work.ts).
  if (section.kind === null && introducesRemainingWork(text.replace(/:$/, ""))) return { ...section, kind: "tasks", segments: [], depth: LABEL_DEPTH };
  // "Status key:" — the list may run its legend entries and the work together; entries that only
  // name a state are left out one by one where they are read, so the label must not drop them all.
  if (section.kind === "legend") return null;
  // "Steps to mitigate the two risks:": work aimed at the risks, not the risks (recognise/lead-ins.ts).
  if (section.kind === "notes") {
    const noun = text.match(/\S+:$/);
    if (noun && aimsAtIt(text.slice(0, noun.index))) return null;
  }
  return section.status || section.kind ? { ...section, segments: [], depth: LABEL_DEPTH } : null;
}

/**
 * "Bram presented the three options from last month's write-up:" — a sentence that introduces the
 * list as options, alternatives or proposals to choose between. A careful reader does not take
 * alternatives as work: at most one of them will be done, and the decision says which.
 */
const ALTERNATIVES = /\b(?:options?|alternatives?|approaches|choices|candidates|proposals|possibilities|variants|trade-?offs)\b[^.!?]*:\s*$/i;

export function introducesAlternatives(node: RootContent | undefined, text: string): boolean {
  if (node?.type !== "paragraph" || node.position === undefined) return false;
  return ALTERNATIVES.test(text.slice(node.position.start.offset, node.position.end.offset));
}
