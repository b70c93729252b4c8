// Plain-text notes kept in Notepad or a terminal group their lines under banner lines — "--- URGENT ---",
// "=== Kitchen ===", "** DONE **" — and label a closing block with a line in capitals ("NOTES"). A reader
// sees a heading in each, so each such line is written as the Markdown heading it stands for, one line for
// one line (line numbers do not move), and the lines under it ("[ ] …" boxes, lists) are read under it.

/** Characters a banner is drawn with ("~" and "`" open a code fence, "#" is already a heading, ">" a quote). */
const BANNER_CHARS = new Set(["-", "=", "*", "+", "_"]);
/** A banner names a group: a few words, not a sentence. */
const MAX_NAME = 60;
const MAX_NAME_WORDS = 8;
/** A line a banner stands over that is work: a box ("[ ] …", "[x] …") or a list bullet. */
const WORK_LINE = /^[ \t]{0,3}(?:\[[ xX~\-/!*]\][ \t]|[-*+][ \t]+\S|\d{1,3}[.)][ \t]+\S)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

/** The run of one character opening `s` (and its length), or null. */
function runAt(s: string, from: number): { ch: string; end: number } | null {
  const ch = s[from];
  if (ch === undefined || !BANNER_CHARS.has(ch)) return null;
  let end = from;
  while (end < s.length && s[end] === ch) end++;
  return end - from >= 2 ? { ch, end } : null;
}

/** "--- URGENTE ---" → the banner's character and name; null for any other line (one pass over the line). */
export function bannerOf(line: string): { ch: string; name: string } | null {
  const t = line.trim();
  if (t.length < 6 || t.length > MAX_NAME + 40) return null;
  const open = runAt(t, 0);
  if (!open) return null;
  // The closing run: the same character, at the end of the line.
  let start = t.length;
  while (start > open.end && t[start - 1] === open.ch) start--;
  if (t.length - start < 2 || start <= open.end) return null;
  const name = t.slice(open.end, start);
  // Spaces set the name apart from both runs: "**bold**" and "__init__" are no banners.
  if (!/^[ \t]/.test(name) || !/[ \t]$/.test(name)) return null;
  const said = name.trim();
  if (!said || said.length > MAX_NAME || !/\p{L}/u.test(said) || said.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // "--- a --- b ---" is a rule with words on it, no single name; a name ending in a sentence's stop is prose.
  if (said.includes(open.ch + open.ch) || /[.!?]$/.test(said)) return null;
  return { ch: open.ch, name: said };
}

/** "NOTES", "PENDIENTE", "ЗАМЕТКИ": a short line in capitals (at least one letter with case, none lower-case). */
function isCapitalsLabel(line: string): boolean {
  const t = line.trim().replace(/:$/, "");
  if (t.length < 3 || t.length > 40 || t.split(/\s+/).length > 4) return false;
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && /^[\p{L}\p{N} &/()'-]+$/u.test(t);
}

/**
 * The text with banner lines written as headings. A banner is read so when the document draws two or more
 * banners with the same character, or when the line after it (blank lines aside) is a box or a list entry;
 * in a document with banners, a line in capitals alone between blank lines and work or a list is a label of
 * the same level. A banner's heading is one level below the last Markdown heading above it (a second banner
 * character one level further). Fenced code is left alone.
 */
export function bannerLinesToHeadings(text: string): string {
  // Cheap test first: no line opens with two banner characters.
  if (!/^[ \t]*([-=*+_])\1/m.test(text)) return text;
  const lines = text.split("\n");
  const banners: (ReturnType<typeof bannerOf> | null)[] = [];
  const counts = new Map<string, number>();
  let fence: string | null = null;
  for (const line of lines) {
    const f = line.match(FENCE);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      banners.push(null);
      continue;
    }
    if (f) {
      fence = f[1]!;
      banners.push(null);
      continue;
    }
    const b = bannerOf(line);
    banners.push(b);
    if (b) counts.set(b.ch, (counts.get(b.ch) ?? 0) + 1);
  }
  if (counts.size === 0) return text;
  const nextLine = (i: number) => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === "") j++;
    return j < lines.length ? lines[j]! : "";
  };
  const styles: string[] = [];
  let headingDepth = 1;
  let bannerDepth = 0;
  let changed = false;
  const out = lines.slice();
  fence = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = line.match(FENCE);
    if (fence || f) {
      if (fence && f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      else if (!fence) fence = f![1]!;
      continue;
    }
    const atx = line.match(ATX);
    if (atx) {
      headingDepth = atx[1]!.length;
      bannerDepth = 0;
      continue;
    }
    const b = banners[i];
    if (b && ((counts.get(b.ch) ?? 0) >= 2 || WORK_LINE.test(nextLine(i)))) {
      if (!styles.includes(b.ch)) styles.push(b.ch);
      bannerDepth = Math.min(6, headingDepth + 1 + styles.indexOf(b.ch));
      out[i] = `${"#".repeat(bannerDepth)} ${b.name}`;
      changed = true;
      continue;
    }
    // "NOTAS" alone after a banner group: the label of the lines that follow, at the banners' level.
    if (bannerDepth && isCapitalsLabel(line) && (i === 0 || lines[i - 1]!.trim() === "") && /^[ \t]*$|^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)]|\[.\])[ \t]/.test(lines[i + 1] ?? "")) {
      out[i] = `${"#".repeat(Math.min(6, headingDepth + 1))} ${line.trim().replace(/:$/, "")}`;
      changed = true;
    }
  }
  return changed ? out.join("\n") : text;
}
