import type { List } from "mdast";
import { nearestOrTitleKind, type ParseContext } from "../context";
import { plainText } from "../markdown";

// "1. **Order gateway** — Receives orders and normalises them." under a heading that names no work
// ("Overview", "全体構成"): each entry names a part and says in full sentences what it is or does.
// That is a description of a system, not a numbered list of work; only a heading that says the
// list is work (or a state or priority on an entry) makes it one.

const TERM_THEN_SENTENCES = /^\s*(?:\([^)]*\)\s*)?[—–:：-]\s*\S[\s\S]*[.。!！]["”」)]?\s*$/u;
const DATE = /\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}|\b\d{1,2}\/\d{1,2}\b|\d{1,2}\s*月\s*\d{1,2}\s*日?/u;
const STATE_OR_RANK = /\b(?:P[0-4]|todo|to do|done|wip|blocked|high|medium|low|critical|urgent)\b|[✅☑✔🚧⛔❌⏳]/iu;

/** Whether a bold-titled numbered list outside any work heading describes parts rather than lists work. */
export function describesParts(list: List, ctx: ParseContext): boolean {
  if (ctx.lowConfidence || nearestOrTitleKind(ctx) !== null || list.children.length < 2) return false;
  return list.children.every((item) => {
    const para = item.children[0];
    if (item.checked === true || item.checked === false || para?.type !== "paragraph") return false;
    const [term, ...rest] = para.children;
    if (term?.type !== "strong") return false;
    const after = plainText({ type: "paragraph", children: rest });
    // The definition is a sentence (it ends like one) and says nothing of a state or a rank.
    // A date ("termín 28. 2. 2027", "by 12/9", "2027-01-31") gives the entry a deadline: work, not a part.
    return TERM_THEN_SENTENCES.test(after) && !STATE_OR_RANK.test(`${plainText(term)} ${after}`) && !DATE.test(after);
  });
}
