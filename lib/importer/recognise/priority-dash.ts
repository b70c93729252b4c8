import { findPriorityLabel, horizonLabel, PRIORITY_SOURCES } from "../priority";
import { URGENCY_WORDS } from "../vocabulary";
import { statusAroundDescription, statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";

// "Checkout mein UPI bug fix karna — **P0**, Rohit dekh raha hai", "Staff for the warehouse — P1",
// "Renew the certificate – High, Lena is on it": a spaced dash, then a priority token (bold or not),
// then nothing or a short remark after a comma. A careful reader reads the token as the entry's
// priority and the remark as its description, which may say its state ("blocked: …", "X is on it").
// The title is what comes before the dash.

const { level: LEVEL } = PRIORITY_SOURCES;
// "UPS की बैटरी जाँचना — ज़रूरी", "Zertifikat erneuern – dringend": an urgency word is the Immediate horizon.
const URGENT = [...URGENCY_WORDS].sort((a, b) => b.length - a.length).join("|");
/** The token (bold markers of the entry reader allowed around it), then a comma or the end. */
const TOKEN = `[\\u0001*_]*(P[0-4]|${LEVEL}|${URGENT})[\\u0002*_]*\\s*(?:[,;:]\\s*(.*))?$`;
/** The dash, then the token. */
const DASHED = new RegExp(`\\s+[—–-]\\s+${TOKEN}`, "iu");
/** The token opening what follows a bold title's dash ("**Set up alerts** — P0, in progress"). */
const OPENING = new RegExp(`^${TOKEN}`, "iu");
/** A remark this short can be read whole for a state ("Rohit dekh raha hai", "Ana is on it"). */
const SHORT_REMARK = 6;

export interface DashedPriority {
  title: string;
  label: string;
  remark: string;
  status: ItemStatus | null;
}

function read(m: RegExpMatchArray | null, title: string): DashedPriority | null {
  if (!m) return null;
  const label = findPriorityLabel(m[1]!) ?? horizonLabel(m[1]!);
  if (!label) return null;
  const remark = (m[2] ?? "").trim();
  const words = remark.split(/\s+/).filter(Boolean).length;
  const status = remark ? (statusAroundDescription(remark) ?? (words <= SHORT_REMARK ? statusWordIn(remark) : null)) : null;
  return { title, label, remark, status };
}

export function dashedPriority(text: string): DashedPriority | null {
  const m = text.match(DASHED);
  if (!m || m.index === 0) return null;
  return read(m, text.slice(0, m.index));
}

/**
 * The same after a bold title, whose dash the entry reader already took off: "P0, в роботі",
 * "High, blocked on legal" (the priority, then its remark, which may say the state).
 */
export function priorityThenRemark(rest: string): DashedPriority | null {
  return read(rest.match(OPENING), "");
}
