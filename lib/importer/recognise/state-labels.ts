import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// "**Blocked:** VPC peering with the data team", "Done: zone export", "**En cours :** refonte du
// menu": an entry opening with a state word set off by a colon says its state first, then what the
// work is. The bold-title convention would take the state word as the title and the work as its
// description; a careful reader takes the state as the state and the rest as the title. One to
// three words that are a state in the vocabulary (status-words.ts), bold or not.

const OPEN = "\u0001";
const CLOSE = "\u0002";
/** "\u0001Blocked:\u0002 …", "\u0001Blocked\u0002: …", "Blocked: …" (entry.ts marks bold with \u0001…\u0002). */
const LABEL = new RegExp(`^${OPEN}?([\\p{L}][\\p{L}'’ -]{0,30}?)\\s*(?:${CLOSE}\\s*)?[:：]\\s*${CLOSE}?\\s*(?=\\S)`, "u");

/** The state and the rest of the line when the line opens with a state label; null otherwise. */
export function leadingStateLabel(text: string): { status: ItemStatus; rest: string } | null {
  if (!text.includes(":") && !text.includes("：")) return null; // no label without its colon
  const m = text.match(LABEL);
  if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
  // A bold that opened must close on the label, not run on into the title.
  if (text.startsWith(OPEN) && !m[0].includes(CLOSE)) return null;
  const status = stateOnly(m[1]!);
  const rest = text.slice(m[0].length);
  return status && rest.trim() ? { status, rest } : null;
}
