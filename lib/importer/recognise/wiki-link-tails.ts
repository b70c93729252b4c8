// Obsidian and Logseq notes close a task with a link to a related note: "Oppgradere DIPS-klientene
// før 10.11 [[Endringsvindu november]]", "Book the venue [[Offsite 2027]]". The link says where to
// read more, like a "#141" reference; the task is the words before it. A careful reader keeps the link
// in the title only when the sentence needs it as its object: after a short function word ("of",
// "for", "til", "på": "Write the summary of [[Meeting 3]]") or with only a verb or two before it
// ("Read [[Atomic Habits]]"). readTitleHead (recognise/title-parts.ts) reads a link inside the
// sentence as the words it shows.

const TRAILING_LINK = /\s+\[\[(?:[^[\]|\n]{0,80}\|)?([^[\]|\n]{1,80})\]\]\s*$/u;

/** The title without a closing wiki link that is a reference, and the note it links; null when there is none. */
export function trailingWikiLink(text: string): { title: string; note: string } | null {
  const m = text.match(TRAILING_LINK);
  if (!m || m.index === 0) return null;
  const before = text.slice(0, m.index).trim();
  const words = before.split(/\s+/);
  const last = words.at(-1) ?? "";
  // A short lower-case word is a preposition or article the link completes.
  if (words.length < 3 || /^\p{Ll}{1,3}$/u.test(last) || /\[\[/.test(before)) return null;
  return { title: before, note: `See: ${m[1]!.trim()}` };
}
