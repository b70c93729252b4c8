// "i. Raise the coverage … / ii. Replace the H2 tests … / iii. Remove the disabled tests": entries
// numbered in lower-case roman numerals, one a line. Markdown knows no roman list, so it runs the lines
// into one paragraph; a reader sees a numbered list (legal and academic documents number their
// sub-points this way, under "I." / "II." sections). A run is read as the ordered list it is only when
// its numerals count i, ii, iii… from "i" at the start of a line, two entries at least, so a sentence
// that opens with "i." or "v." stays prose. Indented "a." / "b." lines under an entry are its
// sub-points and become its nested list. Only the markers change: every line keeps its number.

const NUMERALS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];
/** "ii. text" / "ii) text" at the start of a line: the numeral and the text. */
const ROMAN = /^([ivx]{1,5})[.)][ \t]+(\S.*)$/;
/** An indented "a. text" / "b) text" sub-point: its indent and text. */
const LETTER = /^([ \t]{1,12})[a-z][.)][ \t]+(\S.*)$/;
/** Lines of a run may be separated by blank or indented lines (continuations, sub-points). */
const INSIDE = /^(?:[ \t]+\S|[ \t]*$)/;

/** The text with runs of roman-numbered lines written as Markdown ordered lists (same line count). */
export function romanListsToMarkdown(text: string): string {
  // A quick test first: most documents have no such line.
  if (!/^i[.)][ \t]/m.test(text)) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.match(ROMAN);
    if (!first || first[1] !== "i") continue;
    // Collect the run: numbered lines in sequence, with blank or indented lines between them.
    const entries: number[] = [i];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const m = line.match(ROMAN);
      if (m) {
        if (m[1] !== NUMERALS[entries.length]) break;
        entries.push(j);
        continue;
      }
      if (!INSIDE.test(line)) break;
      // A blank line ends the run unless the next numeral follows it.
      if (!line.trim() && !(lines[j + 1]?.match(ROMAN)?.[1] === NUMERALS[entries.length])) break;
    }
    if (entries.length < 2) continue;
    const last = entries.at(-1)!;
    // A sub-point is indented to the entry's text, so Markdown nests it ("10. " is four wide).
    let width = 3;
    for (let k = i; k < j; k++) {
      const line = lines[k]!;
      const m = entries.includes(k) ? line.match(ROMAN) : null;
      if (m) {
        const n = entries.indexOf(k) + 1;
        lines[k] = `${n}. ${m[2]}`;
        width = String(n).length + 2;
        continue;
      }
      const sub = line.match(LETTER);
      if (sub) lines[k] = `${" ".repeat(Math.max(width, sub[1]!.length))}- ${sub[2]}`;
    }
    changed = true;
    i = Math.max(i, last);
  }
  return changed ? lines.join("\n") : text;
}
