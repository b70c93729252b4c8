import { statusWordIn } from "../status-words";

// "— 40% पूरा" (40 % done), "— 60 % erledigt", "— 3/5 done": a share of the work and a word for done,
// after a dash closing the title. Part of it is done, so the work is under way; the share is how far it
// got, not what to do (the dash readers look for a clause opening with a letter; this one opens with a
// figure). A share of 100 % or "5/5" is the whole: done.

/** The spaced dash, the share ("40%", "3/5"), then one word. */
const PROGRESS = /\s+[—–-]\s+(?:(\d{1,3})\s?%|(\d{1,4})\s?\/\s?(\d{1,4}))\s+(\p{L}[\p{L}\p{M}]{0,20})\s*$/u;

/** Where a closing progress remark starts and the state it says, or null. */
export function progressDash(title: string): { index: number; status: "in_progress" | "done" } | null {
  const m = title.slice(-80).match(PROGRESS);
  if (!m || statusWordIn(m[4]!) !== "done") return null;
  const index = title.length - Math.min(title.length, 80) + m.index!;
  if (index <= 0) return null;
  const whole = m[1] !== undefined ? Number(m[1]) >= 100 : Number(m[2]) >= Number(m[3]);
  return { index, status: whole ? "done" : "in_progress" };
}
