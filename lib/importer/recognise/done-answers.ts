import { statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";
import { stateLead } from "./state-cells";

// A "Done?" column (Gedoen?, Erledigt?, Fait ?) answered by people rather than by a tracker: most
// cells say yes or no, some say more ("no – waiting", "partly", "not needed"). A careful reader takes
// the yes as done and reads the rest for what they say: a state word is that state, and a "no"
// followed by why is the state of the why ("nee – wag" is no, waiting: blocked). A bare "no" says
// nothing more than not done. The column is a done column when nearly every cell is such an answer
// (table-columns.ts); this module reads the answers beyond yes and no.

/** "no", "nee", "nein", "non", "não", "nej", "nie", "hayır", "нет": the answer before its reason. */
const NO = /^(?:no|n|nee|nein|non|não|nao|nej|nei|ei|nie|ne|hayır|нет|ні|いいえ|否|아니요|[✗✘❌])$/iu;
/** "wait", "waiting", "wag", "wacht", "warten", "attente", "espera": held up, in the reason after a no. */
const WAIT = /(?<![\p{L}])(?:wait(?:ing)?|wag|wacht(?:en)?|warten|wartet|attente|attend|espera(?:ndo)?|aspetta(?:ndo)?|aguarda(?:ndo)?|väntar|venter|czeka|ждём|ждем|чекаємо|bekliyor)(?![\p{L}])/iu;

/** The state a "Done?" cell says beyond yes and no, or null (a bare yes or no, or anything else). */
export function answerState(cell: string): ItemStatus | null {
  const t = cell.replace(/[*_`]/g, "").trim();
  if (!t) return null;
  const lead = stateLead(t);
  if (NO.test(lead)) {
    const reason = t.slice(lead.length).replace(/^[\s—–:;-]+/u, "");
    if (!reason) return null;
    return statusWordIn(reason) ?? (WAIT.test(reason) ? "blocked" : null);
  }
  return statusWordIn(lead);
}

/** Whether a cell is a no, with or without its reason: an answer of a "Done?" column. */
export const answersNo = (cell: string): boolean => NO.test(stateLead(cell.replace(/[*_`]/g, "").trim()));
