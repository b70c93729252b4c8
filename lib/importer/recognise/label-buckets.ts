import type { List, RootContent } from "mdast";
import type { Section } from "../context";
import { listLabel } from "./list-labels";
import { looksLikeWork } from "./low-confidence";

// "**Urgent 🔴**" over a list, "**This week**" over another, "**Done ✅**" over a third: a short note
// groups its work under bold labels instead of headings, and only some of the labels are words the
// vocabulary ranks. As with sibling headings (recognise/bucket-siblings.ts), a label of unknown kind
// beside a priority label is one more bucket of the same work; its list is work when its entries read
// as tasks. Only labels between the same headings are siblings, and only a bounded stretch of the
// document around the list is looked at.

/** How many nodes either side of the list are looked at for a sibling label. */
const REACH = 24;
/** A bucket's name is a word or three, no clause: "This week", "Цього тижня", "Later on". */
const SHORT = /^[^()（）:：—–,.!?]{1,40}$/u;

/** Whether the label over the list at `i` is a bucket beside a priority label (see above). */
export function isLabelBucket(nodes: readonly RootContent[], i: number, label: Section): boolean {
  if (label.kind !== null || label.priorityLabel || label.status) return false;
  const name = label.raw.trim();
  if (!SHORT.test(name) || name.split(/\s+/).length > 3) return false;
  if (!looksLikeWork(nodes[i] as List)) return false;
  const ranked = (j: number) => nodes[j]?.type === "list" && !!listLabel(nodes[j - 1])?.priorityLabel;
  for (let j = i - 2; j >= Math.max(1, i - REACH) && nodes[j]!.type !== "heading"; j--) if (ranked(j)) return true;
  for (let j = i + 2; j < Math.min(nodes.length, i + REACH) && nodes[j]!.type !== "heading"; j++) if (ranked(j)) return true;
  return false;
}
