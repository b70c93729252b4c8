// The lines of a document that hold a given word or mark, found by searching the whole text once
// and visiting only the lines with a hit. Document-wide readers (legends, scales, "x = means y"
// notes) look for a few rare lines; splitting a 5 MB plan of short lines into millions of strings
// and testing each one, or matching `^.*(?:…).*$` (which tries the pattern at every character of
// every line), made each of them cost seconds on hostile input and a large share of an ordinary
// plan's time. Each line is looked at no more than twice (back to its start, on to its end).

/**
 * Where a line ends: "lf" as `text.split("\n")` splits, "crlf" as `text.split(/\r?\n/)` does (a CR
 * before the LF is not part of the line), "js" as a multiline regex's `^…$` does (LF, CR, U+2028
 * and U+2029 each end a line).
 */
export type LineBreaks = "lf" | "crlf" | "js";

const isJsBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Each line of `text` in which `probe` matches, once, in document order — the same lines, in the
 * same order, as splitting the text into lines and keeping those the probe matches (`probe` must
 * not match across a line break; its flags are kept, `g` added).
 */
export function linesWith(text: string, probe: RegExp, breaks: LineBreaks = "lf"): string[] {
  const search = new RegExp(probe.source, probe.flags.includes("g") ? probe.flags : probe.flags + "g");
  const lines: string[] = [];
  const isBreak = breaks === "js" ? isJsBreak : (c: number) => c === 10;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    let start = m.index;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    // A CR before the LF ends the line as split(/\r?\n/) reads it.
    const last = breaks === "crlf" && end > start && text.charCodeAt(end - 1) === 13 && end < text.length ? end - 1 : end;
    lines.push(text.slice(start, last));
    // On past this line: a second hit in it is the same line.
    search.lastIndex = end + 1;
    if (end >= text.length) break;
  }
  return lines;
}
