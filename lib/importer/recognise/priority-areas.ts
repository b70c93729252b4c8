import type { Heading, List, RootContent } from "mdast";
import { plainText } from "../markdown";
import { findPriorityLabel } from "../priority";
import { sectionFromHeading } from "../sections";

// Areas given a priority in their heading's parenthesis: "## Tech (प्राथमिकता: उच्च)", "## Marketing
// (Priorität: mittel)", "## Ops". When sibling headings of one level name areas of the plan and some
// of them carry a priority, they are all groups of the same work: a careful reader reads the lists
// under the unranked siblings ("## Ops") as tasks too, only without a priority. Siblings that say
// they are something else (questions, targets, notes, a legend) keep their own kind, and so does a
// sibling whose list is only questions ("## Sawaal", "## Fragen": "- Can we …?").

/** "Tech (Priority: high)": the priority is said in the closing parenthesis only, not before it ("P0: Blockers (24 h)" is not). */
function rankedInParenthesis(raw: string): boolean {
  const m = raw.match(/^([^()（）]*?)\s*[(（]([^()（）]+)[)）]\s*$/u);
  return !!m && findPriorityLabel(m[2]!, { headingOnly: true }) !== null && findPriorityLabel(m[1]!, { headingOnly: true }) === null;
}

/** Every entry of the lists right under the heading asks a question. */
function onlyQuestions(nodes: RootContent[], at: number): boolean {
  const lists: List[] = [];
  for (let i = at + 1; i < nodes.length && nodes[i]!.type !== "heading"; i++) if (nodes[i]!.type === "list") lists.push(nodes[i] as List);
  const entries = lists.flatMap((l) => l.children.map((item) => plainText(item.children[0] ?? { type: "text", value: "" }).trim()));
  return entries.length > 0 && entries.every((e) => /[?？؟]$/u.test(e));
}

/** The headings of unknown kind that stand beside a sibling area heading carrying a priority and a name. */
export function unrankedAreaHeadings(nodes: RootContent[]): Set<Heading> {
  const found = new Set<Heading>();
  // Siblings: consecutive headings of one depth with no shallower heading between them.
  let group: { heading: Heading; ranked: boolean; unknown: boolean }[] = [];
  let depth = 0;
  const close = () => {
    if (group.some((g) => g.ranked)) for (const g of group) if (g.unknown) found.add(g.heading);
    group = [];
  };
  for (const [i, node] of nodes.entries()) {
    if (node.type !== "heading" || node.depth === 1) continue;
    if (node.depth < depth) close();
    if (node.depth > depth && group.length) {
      // A deeper heading belongs to the last sibling; only one level is looked at.
      continue;
    }
    if (node.depth !== depth) {
      close();
      depth = node.depth;
    }
    const section = sectionFromHeading(node);
    // Ranked area: a priority and a name left once the priority is read off ("Tech", not "## High").
    const ranked = section.priorityLabel !== null && section.segments.length > 0 && rankedInParenthesis(section.raw);
    group.push({ heading: node, ranked, unknown: section.kind === null && !onlyQuestions(nodes, i) });
  }
  close();
  return found;
}
