import { statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";
import { joinsRange } from "./date-ranges";

// Tails that status mails, chat threads and sprint notes put after a title, which no task names:
//  - a translation in parentheses, in another script than the title ("発注一覧の検索が遅い件 (Order list
//    search is slow)"): a gloss for a second reader, the same item said again;
//  - a progress remark in parentheses, a percentage among other clauses ("(Mei: 70%, props left)",
//    "(이번 주 QA, 80% 정도)"): how far the work is, so it is under way — a lone figure ("(5%)") says
//    what to do and stays;
//  - a dash remark in Japanese, Chinese or Korean whose clause closes on a state word ("— インデックス
//    追加で対応中", "— 재무팀 검토 대기"): these languages put the verb, and so the state, last;
//  - a short dash remark opening with a date ("— 12/02 운영 반영", "— 3.12. live"): when it happened.

export interface TalkTail {
  index: number;
  status: ItemStatus | null;
}

const TRAILING_PAREN = /\s*[(（]([^()（）]+)[)）]\s*$/u;
const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/gu;
const CJK_TAIL = /^[^\p{Script=Latin}]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^\p{Script=Latin}]*$/u;
/** "70%", "80% 정도", "about 60 %", "~50%": a share of the work done. */
const PERCENT = /^(?:\p{L}+:\s*)?(?:~|≈|about|around|ca\.?|approx\.?)?\s*\d{1,3}\s?%(?:\s*\p{L}{1,4})?$/u;
/** Clauses apart by a comma or semicolon — not a decimal comma ("0,5 %"). */
const CLAUSES = /\s*[,，、;；](?!\d)\s*/u;
/** A Latin word of two letters or more ("Order", "CPU"); "3.2.0-beta → 3.2.0" is a version, no phrase. */
const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}'’-]+[.,;:!?]?$/u;
const DASH = /\s+[—–]\s+/gu;
const DATE = /^(?:\d{1,2}[./]\d{1,2}\.?(?:\d{2,4})?|\d{4}-\d{2}-\d{2})(?=\s|$)/;
const MAX_DATED_WORDS = 4;

/** Letters of a script other than Latin, counted. */
const otherLetters = (t: string) => (t.match(OTHER_SCRIPT) ?? []).length;

/** Where a gloss, progress or closing-state remark ends the title, and the state it says; null when none does. */
export function talkTail(title: string): TalkTail | null {
  const paren = title.match(TRAILING_PAREN);
  if (paren && paren.index! > 0) {
    const inner = paren[1]!.trim();
    const before = title.slice(0, paren.index);
    // A gloss: the title is written in another script, the parenthesis in Latin words only, a phrase long.
    if (otherLetters(before) >= 4 && otherLetters(inner) === 0 && LATIN.test(inner) && inner.split(/\s+/).filter((w) => LATIN_WORD.test(w)).length >= 3) return { index: paren.index!, status: null };
    const clauses = inner.split(CLAUSES).filter(Boolean);
    if (clauses.length >= 2 && clauses.length <= 3 && clauses.some((c) => PERCENT.test(c.trim()))) return { index: paren.index!, status: "in_progress" };
  }
  let last: RegExpMatchArray | null = null;
  for (const m of title.matchAll(DASH)) last = m;
  if (!last || last.index === 0) return null;
  const tail = title.slice(last.index! + last[0].length).trim();
  // "… for 29.11. – 3.12.": a dash joining two dates is one phrase (recognise/date-ranges.ts).
  if (DATE.test(tail) && !joinsRange(title, last.index!, last.index! + last[0].length) && tail.split(/\s+/).length <= MAX_DATED_WORDS) return { index: last.index!, status: null };
  if (!CJK_TAIL.test(tail)) return null;
  for (const clause of tail.split(CLAUSES)) {
    const status = statusWordIn(clause.slice(-8));
    if (status) return { index: last.index!, status };
  }
  return null;
}
