// "(Pak Dedi koordinir)", "(Ana leads)", "(Tom to check)": a parenthesis that opens with a person the
// document names elsewhere (an attendee, a chat's speaker) and adds a word or two about their part is
// who does the work, a remark like "(Ana)" alone. A parenthesis that goes on to say more
// ("(Ana said the vendor needs the logs first)") or whose words after the name are not lower-case
// ("(Ana 2024)") is left to the other readers.

const MAX_NAME_WORDS = 3;
const MAX_ROLE_WORDS = 2;

/** True when the parenthesis's inside is a person of the document and at most two lower-case words. */
export function leadsWithPerson(inner: string, people: ReadonlySet<string>): boolean {
  if (!people.size) return false;
  const words = inner.trim().split(/\s+/);
  for (let n = Math.min(MAX_NAME_WORDS, words.length - 1); n >= 1; n--) {
    const rest = words.slice(n);
    if (rest.length > MAX_ROLE_WORDS || !rest.every((w) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w))) continue;
    if (people.has(words.slice(0, n).join(" "))) return true;
  }
  return false;
}
