import type { List } from "mdast";
import { sectionStatus, type ParseContext } from "../context";
import { plainText } from "../markdown";
import { statusWordIn } from "../status-words";

// Under a set-aside heading ("Not planned", "Things we decided not to do", "Won't do"), two kinds of
// list: candidates turned down, written as names of work ("- PDF export", "- Rewriting the app in
// Flutter"), which a reader records as won't-do items; and statements of scope, written as sentences
// ("- A garbage collector. We stay ownership-based.", "- Move off Postgres."), which say what the
// project is not and are decisions, not work. The sentence shape tells them apart: when every entry
// closes with a full stop (before any dash-set reason), the list is statements.

export function isDeclinedStatements(list: List, ctx: ParseContext): boolean {
  // The heading sets the work aside when its state is won't-do, or its words say so ("Not planned"
  // reads "planned" otherwise).
  const nearest = ctx.stack.at(-1);
  const setAside = sectionStatus(ctx) === "wont_do" || (!!nearest && statusWordIn(nearest.raw) === "wont_do");
  if (!setAside || list.children.some((i) => i.checked === true || i.checked === false)) return false;
  // The entry itself, without a reason set off by a spaced dash ("Move to another cloud — decided against it."):
  // a name with a reason after it is a candidate turned down.
  const entries = list.children.map((item) => (item.children[0]?.type === "paragraph" ? plainText(item.children[0]).split(/\s+[—–-]\s+/)[0]!.trim() : ""));
  // A closing remark in parentheses ("Move off X. (Discussed; no.)") still closes a sentence.
  return entries.length > 0 && entries.every((t) => /[.。]\s*(?:\([^()]*\)\s*)?$/u.test(t) && !/\.\.\.$|…$/u.test(t));
}
