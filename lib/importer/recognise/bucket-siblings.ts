import type { Heading, List, RootContent } from "mdast";
import { plainText } from "../markdown";
import { sectionFromHeading } from "../sections";
import { looksLikeWork } from "./low-confidence";

// "## Urgent" beside "## Normal" and "## Not urgent"; "## Someday/maybe" beside "## Next actions" and
// "## Waiting for": when one of a run of sibling headings is a priority or horizon bucket, the others
// are buckets of the same list of work, named in words the vocabulary does not rank (a careful reader
// does not need "Normal" to be a priority word to see the tasks under it). Only a sibling of unknown
// kind whose lists look like work is read so (recognise/low-confidence.ts): a sibling that says it is
// notes, a legend or targets keeps its kind, and sentences under an unknown heading stay prose.
// A board copied column by column ("## To Do", "## Doing", "## Done" beside "## 📥 Inbox" and "## 🧊
// Icebox") is such a run too: two or more siblings naming workflow states make the others its columns.

/** A bucket's name is a word or two ("Normal", "Waiting for", "ไม่เร่ง"), no parenthesis or clause. */
const MAX_NAME_WORDS = 2;
/** A board has several state columns; one "## Done" among topics is a report's section, not a board. */
const MIN_BOARD_STATES = 2;
const IDEAS = /(?<![\p{L}])(?:ideas?|wish ?list|wishes|suggestions|ideen|wünsche|idées|ideias|idee|ideeën|idéer)(?![\p{L}])/iu;
/** An entry that is no task of such a bucket: a question, a "Label: value" note, a sentence (also a CJK one; a date's closing dot is none). */
const NOT_A_TASK = /[?？؟]|^[^:：]{1,30}[:：]\s|[。!！]$|(?<!\s\d{1,4})\.$/u;

// "Tänä vuonna / ensi keväänä" (this year / next spring): two such names joined by a slash are one bucket.
const shortName = (raw: string) => {
  if (/[()（）:：—–,]/u.test(raw)) return false;
  const parts = raw.split("/");
  return parts.length <= 2 && parts.every((part) => part.trim() !== "" && part.trim().split(/\s+/).length <= MAX_NAME_WORDS);
};

/** Every entry of the list reads as a task: no question, no labelled note, no sentence. */
const taskEntries = (list: List) => looksLikeWork(list) && list.children.every((item) => !NOT_A_TASK.test(plainText(item.children[0] ?? { type: "text", value: "" }).trim()));

interface Sibling {
  heading: Heading;
  bucket: boolean;
  unknown: boolean;
  /** The heading names a workflow state ("To Do", "Doing", "Done"): a column of a board. */
  state: boolean;
  /** The heading names ideas or wishes ("Ideas 💡", "Wishlist"): proposals, not committed cards. */
  ideas: boolean;
  lists: List[];
}

/**
 * The headings of unknown kind that stand beside a priority or horizon bucket heading and hold work-like lists.
 * Siblings are told apart at every depth: "### Критично", "### Важливо", "### Бажано" under "## Що робимо"
 * are a run of their own beside the "##" headings around them.
 */
export function bucketSiblings(nodes: readonly RootContent[]): Set<Heading> {
  const found = new Set<Heading>();
  // One open run of siblings per depth, shallowest first.
  const runs: { depth: number; group: Sibling[] }[] = [];
  const close = (group: Sibling[]) => {
    const ranked = group.some((g) => g.bucket);
    if (ranked || group.filter((g) => g.state).length >= MIN_BOARD_STATES) {
      // A board's "Ideas 💡" column holds what nobody has committed to yet: not its cards of work.
      for (const g of group) if (g.unknown && (ranked || !g.ideas) && g.lists.length > 0 && g.lists.every(taskEntries)) found.add(g.heading);
    }
  };
  for (const node of nodes) {
    if (node.type === "list") {
      // A deeper heading belongs to the last sibling above it; its lists count as that sibling's ("### @phone" under "## Next actions").
      for (const run of runs) run.group.at(-1)?.lists.push(node);
      continue;
    }
    if (node.type !== "heading" || node.depth === 1) continue;
    while (runs.length && runs.at(-1)!.depth > node.depth) close(runs.pop()!.group);
    if (!runs.length || runs.at(-1)!.depth < node.depth) runs.push({ depth: node.depth, group: [] });
    const section = sectionFromHeading(node);
    const named = shortName(section.raw);
    runs.at(-1)!.group.push({ heading: node, bucket: section.priorityLabel !== null && named, unknown: section.kind === null && named, state: section.status !== null && named, ideas: IDEAS.test(section.raw), lists: [] });
  }
  while (runs.length) close(runs.pop()!.group);
  return found;
}
