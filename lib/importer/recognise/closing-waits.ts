import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// "— Meta onayı bekleniyor" (Turkish: Meta's approval is awaited), "— 法務の確認待ち" (Japanese:
// waiting for legal's check), "— 보안팀 검토 대기" (Korean: waiting for the security review): in
// languages that put the verb last, a clause after the title says what the work waits for and ends
// with the waiting word. The entry is blocked. The clause names what it waits on, so it stays in the
// title as a whole line does (README: without a bold title the whole line is the title); only the
// state is read from it. Only a waiting or blocked word counts: "— make sure it is done" asks for
// the work, it does not report it.

/** A spaced dash, then a short clause of 2–6 words; trailing marks (⏳) and full stops are not words. */
const CLAUSE = /\s[—–-]{1,2}\s+((?:[^\s—–]+\s+){1,5}[^\s—–]+?)[\s.!⏳⌛\uFE0F]*$/u;
// Japanese and Chinese write the clause without spaces: the waiting word closes it ("…確認待ち").
const CJK_WAIT = /\s[—–-]{1,2}\s+[^\s—–]{1,20}?(待ち|待機中|等待中?|대기\s?중?)[\s.!⏳⌛\uFE0F]*$/u;

/** The blocked state a verb-final clause closing the title reports, or null. */
export function closingWait(title: string): ItemStatus | null {
  if (title.length > 300) return null;
  if (CJK_WAIT.test(title)) return "blocked";
  const clause = title.match(CLAUSE)?.[1];
  if (!clause) return null;
  const words = clause.split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    if (stateOnly(words.slice(-n).join(" ")) === "blocked") return "blocked";
  }
  return null;
}
