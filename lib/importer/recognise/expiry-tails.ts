// When something runs out, said after a title: "— פגים ב-15.12" (expires on 15.12), "(истекают 14.12,
// отвечает Артём)", "— expires Dec 9", "(läuft am 3.3. ab)". It is why the work is urgent, not what
// the work is: a careful reader drops it from the title. The expiry must come with its date; an
// expiry word alone ("Handle expired sessions") is the work's own subject.

/** Words for "expires" / "runs out", in the languages of the vocabulary (inflected forms included). */
const EXPIRES =
  "(?:expires?|expiring|runs? out|läuft|laufen|expirent?|expira|expiran|caduca|caducan|vence|vencem?|scade|scadono|wygasa|wygasają|истека(?:ет|ют)|спливає|спливають|закінчу(?:є|ю)ться|sona eriyor|süresi doluyor|löper ut|går ut|verloopt|vervalt|hết hạn|kedaluwarsa|ينتهي|تنتهي|פג(?:ה|ים|ות)?|λήγει|λήγουν|期限切れ|到期|만료)";
/** A date: "15.12", "3.3.", "12-14", "2026-12-15", "14/12/2026", "Dec 9", "9 déc.". */
const DATE = "(?:\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?\\.?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?\\s+\\d{1,2})";
/** The expiry and its date, with a short preposition between ("on", "am", "le", "ב-", "в"). */
const EXPIRY = new RegExp(`^${EXPIRES}(?![\\p{L}])\\s*(?:\\p{L}{1,3}[\\s-]+|\\p{L}{1,2}-)?${DATE}(?:\\s+(?:ab|aus))?$`, "iu");

/** True when a remark part says what runs out and when ("истекают 14.12", "פגים ב-15.12"). */
export const isExpiry = (part: string): boolean => EXPIRY.test(part.replace(/[*_`]/g, "").trim());

const DASH_TAIL = /\s+[—–-]{1,2}\s+([^—–]{1,60})$/u;
const PAREN = /\s*[(（]([^()（）]{1,80})[)）]\s*$/u;

/** Where an expiry remark closing the title starts (after a dash, or a parenthesis opening with one), or -1. */
export function expiryTailStart(title: string): number {
  const dash = title.match(DASH_TAIL);
  if (dash && dash.index! > 0 && isExpiry(dash[1]!)) return dash.index!;
  const paren = title.match(PAREN);
  if (paren && paren.index! > 0 && isExpiry(paren[1]!.split(/\s*[,;،]\s*/u)[0]!)) return paren.index!;
  return -1;
}
