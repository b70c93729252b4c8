import type { RootContent } from "mdast";
import { plainText } from "../markdown";

// "## Running" over "**EXP-14 — Add sentiment features**" + its lines, "**EXP-15 — …**" + its lines: a
// heading over two or more paragraphs that each open with a bold title groups records written as
// paragraphs (a board's column, a backlog's bucket); it is not itself an item with them as its prose.

/** A paragraph opening with a bold title of two words or more that is no "Label:" ("**Note:** …"). */
function opensWithBoldTitle(node: RootContent): boolean {
  if (node.type !== "paragraph") return false;
  const [first, second] = node.children;
  if (first?.type !== "strong") return false;
  const bold = plainText(first).trim();
  if (/[:：]$/u.test(bold) || bold.split(/\s+/).length < 2) return false;
  // "**Owner** : Ana": a label with its colon after the bold.
  return !(second?.type === "text" && /^[ \t]*[:：]/u.test(second.value));
}

/** True when two or more paragraphs of the body open with a bold title: the heading groups them. */
export const groupsBoldRecords = (body: readonly RootContent[]): boolean => body.filter(opensWithBoldTitle).length >= 2;
