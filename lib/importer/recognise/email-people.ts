// The people an e-mail names in its headers ("From: Priya Natarajan <priya@…>", "Cc: Tom Becker, …",
// "प्रेषक: राहुल शर्मा", "差出人：佐藤 健") and an attendee line in a language whose word the older
// reader (action-items.ts, an English-and-Latin \b pattern) cannot see: "उपस्थित: राहुल, अनीता",
// "出席者：田中、鈴木". A follow-up mail calls people by their first word ("Tom: add validation"), so the
// first word of a full name is that person too. Only the header block (the lines before the first
// blank line) is read as headers: "To:" in a mail's body opens a sentence.

/** Header labels: English, German, French, Spanish/Portuguese, Hindi, Japanese, Chinese, Korean. */
const HEADER = /^\s*(?:from|to|cc|bcc|sender|von|an|de|para|à|प्रेषक|प्रति|सेवा में|差出人|宛先|送信者|发件人|收件人|抄送|보낸 사람|받는 사람|참조)\s{0,3}[:：]\s*(\S.{0,1000})$/iu;
/** Attendee lines in scripts a \b pattern misses: Hindi, Japanese, Chinese, Korean. */
const ATTENDEES = /^\s*(?:उपस्थित|प्रतिभागी|出席者|参加者|参会人员|与会者|참석자)\s{0,3}[:：]\s*(\S.{0,1000})$/u;
/** A name: capitalised words, or a run of letters in a script without case (with its vowel signs). */
const NAME = /^(?:\p{Lu}[\p{L}'-]{0,30}(?:\s\p{Lu}[\p{L}'-]{0,30}){0,2}|\p{Lo}[\p{Lo}\p{Lm}\p{M}]{0,15}(?:\s\p{Lo}[\p{Lo}\p{Lm}\p{M}]{0,15}){0,2})$/u;
const MIN_HEADERS = 2;
/** At most this many lines are read as a header block or scanned for attendee lines. */
const MAX_LINES = 5000;

function namesIn(list: string, people: Set<string>) {
  for (const part of list.split(/\s*[,;、，]\s*/u)) {
    const name = part.replace(/<[^<>]{0,200}>/g, "").replace(/["'“”]/g, "").trim();
    if (!NAME.test(name)) continue;
    people.add(name.toLowerCase());
    const first = name.split(/\s/)[0]!;
    if (first !== name) people.add(first.toLowerCase());
  }
}

/** The lower-cased names (and first words of names) the e-mail's headers and attendee lines give. */
export function emailPeopleOf(text: string): Set<string> {
  const people = new Set<string>();
  const lines = text.split("\n", MAX_LINES);
  const headers: string[] = [];
  let inHeaders = true;
  for (const line of lines) {
    if (!line.trim()) inHeaders = false;
    if (line.length > 1000) continue;
    const header = inHeaders ? line.match(HEADER) : null;
    if (header) headers.push(header[1]!);
    else {
      const attendees = line.match(ATTENDEES);
      if (attendees) namesIn(attendees[1]!, people);
    }
  }
  // A mail has two headers at least (From and To); one "To: …" line atop a note is a sentence.
  if (headers.length >= MIN_HEADERS) for (const list of headers) namesIn(list, people);
  return people;
}
