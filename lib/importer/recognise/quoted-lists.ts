import type { Blockquote, List, RootContent } from "mdast";
import { plainText } from "../markdown";
import { isTaskList } from "./lists";

// "> Oké, dit moet er nog gebeuren: > - [ ] Zolder leeghalen": a message pasted into the page as a
// block quote (a forwarded mail, a chat message, a list quoted from a colleague). The quote marks say
// who wrote it, not that it is not work: a careful reader reads the quoted list as the list it is,
// under the heading it stands under. Two quotes are not the document's work and stay quotes:
//  - the history of a reply ("> **From:** Tom … > - the network is live on floor 2"): a document that
//    holds lists of its own outside its quotes says its work there, and the quoted earlier mails are
//    what was said before; only a quoted list with checkboxes is still work in such a document;
//  - a GitHub alert ("> [!NOTE]", "> [!TIP]", "> [!WARNING]"), which is advice.
// A quote of prose holds no list and gives nothing either way.

const ALERT = /^\[!(?:note|tip|important|warning|caution)\]/i;

const listsOutsideQuotes = (nodes: RootContent[]) => nodes.some((n) => n.type === "list");

function holdsTaskList(quote: Blockquote): boolean {
  return quote.children.some((n) => (n.type === "list" && isTaskList(n as List)) || (n.type === "blockquote" && holdsTaskList(n)));
}

function holdsList(quote: Blockquote): boolean {
  return quote.children.some((n) => n.type === "list" || (n.type === "blockquote" && holdsList(n)));
}

function isAlert(quote: Blockquote): boolean {
  const first = quote.children[0];
  return first?.type === "paragraph" && ALERT.test(plainText(first).trim());
}

/** The document's nodes with each block quote that holds its work replaced by what it quotes (nested quotes too). */
export function unquoteLists(nodes: RootContent[]): RootContent[] {
  if (!nodes.some((n) => n.type === "blockquote")) return nodes;
  const ownLists = listsOutsideQuotes(nodes);
  const out: RootContent[] = [];
  const open = (quote: Blockquote) => {
    for (const child of quote.children) {
      if (child.type === "blockquote") open(child);
      else out.push(child);
    }
  };
  for (const node of nodes) {
    if (node.type === "blockquote" && !isAlert(node) && holdsList(node) && (!ownLists || holdsTaskList(node))) open(node);
    else out.push(node);
  }
  return out;
}
