import type { List, ListItem, Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { descendants } from "./syntax-tree";
import { collapse } from "./text";

// A step often lists the alternatives it chooses between right under it: "2. Handle the error by
// its code" over "- E42 (no input): ask upstream", "- E77 (disk full): clear the temp folder", or
// "3. Restart the worker" over "- if it hangs: kill it", "- wenn es hängt: …". The responder does
// the one that applies, so those sub-items are branches of the one step, not further steps walked
// in order. A nested list is such a set of branches when it has two or more items and every item
// is a short label (a code, a condition, a case) followed by a colon and what to do, or opens with
// a conditional word. A step ending in a colon ("2. Free space:") announces its sub-items as the
// actions to take in turn (drill-steps.ts), so under it they stay steps.

const MAX_LABEL_CHARS = 60;

// "If", "when", "otherwise" and their equivalents in the languages the importer reads.
const CONDITIONAL = /^(?:if|when|unless|otherwise|else|falls|wenn|sonst|si|sinon|se|jeśli|jezeli|jeżeli|если|якщо|иначе|もし)(?![\p{L}\p{N}])/iu;

const ownText = (item: ListItem): string =>
  collapse(
    item.children
      .filter((child) => child.type === "paragraph")
      .map((p) => toString(p))
      .join(" "),
  );

function isBranch(item: ListItem): boolean {
  const text = ownText(item);
  if (CONDITIONAL.test(text)) return true;
  const colon = text.search(/[:：]/);
  return colon > 0 && colon <= MAX_LABEL_CHARS && /\S/.test(text.slice(colon + 1));
}

/** Whether a list nested in a step holds that step's alternatives rather than steps of their own. */
export const isBranchList = (list: List): boolean => list.children.length >= 2 && list.children.every(isBranch);

/** Every node inside a list of branches nested in a list item: part of that item's step, never a step itself. */
export function branchNodes(nodes: readonly Nodes[]): Set<Nodes> {
  const inside = new Set<Nodes>();
  for (const node of descendants(nodes)) {
    if (node.type !== "listItem" || inside.has(node) || /[:：]$/.test(ownText(node))) continue;
    for (const child of node.children) {
      if (child.type === "list" && isBranchList(child)) for (const n of descendants([child])) inside.add(n);
    }
  }
  return inside;
}
