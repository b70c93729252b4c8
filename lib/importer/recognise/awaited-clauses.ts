// "WhatsApp API application — Meta onayı bekleniyor" (Meta's approval is awaited), "見積もり — 先方の返事待ち"
// (waiting for their answer), "계약서 — 법무팀 검토 대기 중": in a language that puts the verb last, the
// clause after the dash ends with "awaited" / "waiting". The work waits on someone else: it is blocked.
// The clause says on what, so it stays in the title (a lower-case clause after a dash is the line's own);
// only the state is read from it. In English the state opens the clause ("— waiting for Meta"), read
// by recognise/state-remarks.ts.

/** A dash, a short clause, then the closing "awaited" / "waiting" verb (tr, ja, ko, hi), and at most a mark. */
const AWAITED = /\s[—–-]\s+[^—–]{1,60}?(?:bekleniyor|bekliyoruz|bekliyor|beklemede|待ち|を待っている|대기\s?중|대기|का इंतज़ार है|का इंतजार है|की प्रतीक्षा है)[\s.!⏳⌛\uFE0F]*$/u;

/** Whether the title closes with a clause saying what the work is waiting for (see above). */
export const endsAwaiting = (title: string): boolean => AWAITED.test(title);
