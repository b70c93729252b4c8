import { isHonoured } from "./honorific-names";

// "Hand off the screens — 이서연, ~12/9", "Book the meeting — 김민준": a spaced dash, then a person
// the document names elsewhere (an attendee or owner line), and at most a short remark after a
// comma (a due date), end the entry. So does a name or role with an honorific ("— Frau Weber",
// recognise/honorific-names.ts). That is who does it and by when, not part of what is done.

const DASH = /\s[—–]\s+/gu;
const DASH_ANYWHERE = /\s[—–]\s/u;

/** The title without a trailing "— Person[, remark]" part naming one of the document's people. */
export function withoutPersonTail(title: string, people: ReadonlySet<string> | undefined): string {
  if (!DASH_ANYWHERE.test(title)) return title;
  let last = -1;
  let end = -1;
  for (const m of title.matchAll(DASH)) {
    last = m.index;
    end = m.index + m[0].length;
  }
  if (last <= 0) return title;
  const tail = title.slice(end);
  const comma = tail.search(/[,，、]/u);
  const name = (comma >= 0 ? tail.slice(0, comma) : tail).replace(/[*_]/g, "").trim();
  const remark = comma >= 0 ? tail.slice(comma + 1).trim() : "";
  // The remark is short and no clause of its own ("~12/9", "by Friday").
  // "— प्रधानाचार्य जी", "– الأستاذة هالة": an honorific says it is a person (recognise/honorific-names.ts).
  if (!(people?.has(name) || isHonoured(name)) || remark.length > 30) return title;
  return title.slice(0, last).trimEnd();
}
