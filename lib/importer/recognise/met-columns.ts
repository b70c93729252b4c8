import type { ItemStatus } from "../types";
import { answerOf } from "./checklist-answers";

// A readiness or compliance review as a table: each row a requirement, one column headed "Met" /
// "Fulfilled" / "Ispunjeno" / "Erfüllt" answering it yes / no / partly, a notes column beside it. Where
// no column lists what is left to do on exactly the unmet rows (recognise/checklist-answers.ts reads
// that shape: its met rows are controls in place), the review is a checklist of the whole launch: a
// careful reader ticks the yes rows (done), reads partly as under way and no as still to do, as
// they would boxes. Only a header that names fulfilment counts: "| Feature | Supported |" of yes / no
// compares products and is no work.

/** "Met", "Fulfilled", "Satisfied", "In place" and the same in other languages (the whole header, a "?" allowed). */
const MET_HEADER =
  /^(?:met|requirement met|fulfill?ed|satisfied|in place|ready|erfüllt|umgesetzt|rempli|satisfait|cumplido|cumple|soddisfatto|voldaan|uppfyllt|uppfylld|oppfylt|opfyldt|täytetty|täyttyy|spełnione|spełniony|splněno|splněn|splnené|splnený|teljesül|teljesítve|ispunjeno|ispunjen|izpunjeno|испуњено|izpolnjeno|izpolnjen|изпълнено|выполнено|виконано|îndeplinit|karşılandı|karşılanıyor|täidetud|izpildīts|įvykdyta)$/u;

const STATE: Record<string, ItemStatus> = { yes: "done", partly: "in_progress", no: "not_started" };

/** Row index → state from a fulfilment column of yes / no / partly answers; null when the table has none. */
export function metColumnStates(headers: string[], rows: string[][], taken: number[]): Map<number, ItemStatus> | null {
  const c = headers.findIndex((h, i) => !taken.includes(i) && MET_HEADER.test(h.replace(/[*_`?:]/g, "").trim().toLowerCase()));
  if (c < 0) return null;
  const answers = rows.map((r) => answerOf(r[c] ?? ""));
  const filled = rows.filter((r) => (r[c] ?? "").trim());
  if (filled.length < 2 || answers.filter(Boolean).length < filled.length * 0.8) return null;
  const states = new Map<number, ItemStatus>();
  answers.forEach((a, r) => {
    if (a) states.set(r, STATE[a]!);
  });
  return states;
}
