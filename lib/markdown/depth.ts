// How deeply a Markdown text nests its containers (list items, block quotes, footnote
// definitions), measured in one linear pass over its lines before any parser sees it. CommonMark
// parsers pay for every open container on every line inside it, so a 10 KB comment of "- - - - …"
// (5,000 levels) took 16 s to render and froze the server; every place that accepts or renders
// Markdown refuses (or shows as plain text) anything nested deeper than MAX_MARKDOWN_DEPTH.
//
// The scan follows CommonMark's block algorithm for containers only: which open containers a
// line continues (`>`, or the item's content indentation), which it opens (`>`, `-`/`+`/`*`,
// `1.`/`1)`, `[^note]:`; several on one line nest) and lazy paragraph lines. Where a parser
// could go either way it counts the deeper reading, never the shallower: it does not know code
// fences or HTML blocks (their lines are read as Markdown, which can only add depth), lets any
// item interrupt a paragraph, and reads an ambiguous tab both ways. depth.test.ts checks that
// it never counts shallower than remark or markdown-it on random documents, and exactly as
// deep on documents without tabs, notes, fences or interrupted paragraphs.

/** Deepest container nesting accepted: real plans and runbooks use fewer than 6 levels. */
export const MAX_MARKDOWN_DEPTH = 32;

export const depthMessage = (line: number) =>
  `Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels (lists or quotes) at line ${line}; flatten it`;

// Stack entries: a list item's content indentation, or one of these.
const QUOTE = -1;
/** A footnote definition: its content is indented 4 columns. */
const NOTE = -2;
const SPACE = 32;
const TAB = 9;
const FILLER = 1; // the rest of a tab's columns after expansion
const isSpace = (c: number) => c === SPACE || c === TAB || c === FILLER;
const isThematicChar = (c: number) => c === 0x2a || c === 0x2d || c === 0x5f; // * - _

/**
 * A tab advances to the next multiple of 4 columns (from the line start), as CommonMark reads it:
 * it becomes itself plus filler characters, so one character is one column and the tab can still be
 * told apart (see Line.narrow).
 */
function expandTabs(line: string): string {
  let tab = line.indexOf("\t");
  if (tab < 0) return line;
  let out = "";
  let from = 0;
  for (; tab >= 0; tab = line.indexOf("\t", from)) {
    out += line.slice(from, tab);
    out += "\t" + "\u0001".repeat(3 - (out.length % 4));
    from = tab + 1;
  }
  return out + line.slice(from);
}

/** One line, tabs expanded, with what the scan asks of it more than once answered in one pass. */
class Line {
  readonly n: number;
  /** Last non-space index (-1 when blank). */
  readonly last: number;
  /** The line from `uniform` on is only spaces and `rule` characters; `third` is the third-last of those. */
  private uniform: number;
  private rule = 0;
  private third = -1;

  constructor(readonly s: string) {
    const n = (this.n = s.length);
    let last = n - 1;
    while (last >= 0 && isSpace(s.charCodeAt(last))) last--;
    this.last = last;
    let seen = 0;
    this.uniform = n;
    for (let k = last; k >= 0; k--) {
      const c = s.charCodeAt(k);
      if (!isSpace(c)) {
        if (this.rule === 0 && isThematicChar(c)) this.rule = c;
        if (c !== this.rule) break;
        if (++seen === 3) this.third = k;
      }
      this.uniform = k;
    }
  }

  code(i: number): number {
    return this.s.charCodeAt(i);
  }

  blankFrom(i: number): boolean {
    return i > this.last;
  }

  /** First non-space at or after i, looking at most `limit` columns ahead. */
  skipSpaces(i: number, limit = Infinity): number {
    const end = Math.min(this.n, i + limit);
    while (i < end && isSpace(this.s.charCodeAt(i))) i++;
    return i;
  }

  /**
   * Columns of whitespace from i to j, a tab counting as one. markdown-it measures some tabs (after a
   * `>`) from a different origin than CommonMark; where a tab's width decides between "indented
   * code" and "another container", the narrower reading, which nests deeper, wins.
   */
  narrow(i: number, j: number): number {
    let n = 0;
    for (let k = i; k < j; k++) if (this.s.charCodeAt(k) !== FILLER) n++;
    return n;
  }

  /** The optional space after a `>` (one column of a tab). */
  afterQuote(q: number): number {
    return q + 1 + (isSpace(this.code(q + 1)) ? 1 : 0);
  }

  /** `***`, `- - -`, `___` from i to the end of the line. */
  thematicBreakAt(i: number): boolean {
    return i >= this.uniform && this.code(i) === this.rule && i <= this.third;
  }

  atxHeadingAt(i: number): boolean {
    let j = i;
    while (this.code(j) === 0x23 && j - i < 7) j++;
    return j > i && j - i <= 6 && (j === this.n || isSpace(this.code(j)));
  }

  /** A list marker at i: its end (after `-` or `12.`), whether it is ordered and its number. */
  listMarkerAt(i: number): { end: number; ordered: boolean; start: number } | null {
    const c = this.code(i);
    let end = -1;
    let ordered = false;
    if (c === 0x2d || c === 0x2b || c === 0x2a) end = i + 1;
    else {
      let j = i;
      while (j - i < 10 && this.code(j) >= 0x30 && this.code(j) <= 0x39) j++;
      const d = this.code(j);
      if (j > i && j - i <= 9 && (d === 0x2e || d === 0x29)) [end, ordered] = [j + 1, true];
    }
    if (end < 0 || (end < this.n && !isSpace(this.code(end)))) return null;
    return { end, ordered, start: ordered ? Number(this.s.slice(i, end - 1)) : 0 };
  }

  /** `[^label]:` at i (no whitespace in the label): the index after the colon. */
  footnoteAt(i: number): number {
    if (this.code(i) !== 0x5b || this.code(i + 1) !== 0x5e) return -1;
    let j = i + 2;
    while (j < this.n && j - i < 1002) {
      const c = this.code(j);
      if (c === 0x5d) return j > i + 2 && this.code(j + 1) === 0x3a ? j + 2 : -1;
      if (isSpace(c) || c === 0x5b) return -1;
      j++;
    }
    return -1;
  }
}

export interface DepthResult {
  /** The deepest nesting of containers found (capped at `stopAbove` + 1 when given). */
  depth: number;
  /** 1-based line where that depth was first reached (1 for a flat text). */
  line: number;
}

/**
 * The container nesting depth of a Markdown text, and the line where it peaks. With `stopAbove`,
 * the scan ends at the first line deeper than that (the answer is then that line).
 */
export function markdownDepth(text: string, stopAbove = Infinity): DepthResult {
  const stack: number[] = [];
  /** An open paragraph may be continued lazily (a line that continues it keeps every container open). */
  let paragraph = false;
  /** The innermost container is a list item whose first line was empty (a blank line ends it). */
  let emptyItem = false;
  let best: DepthResult = { depth: 0, line: 1 };
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = from;
    while (to < text.length && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
    const L = new Line(expandTabs(text.slice(from, to)));
    from = to + (text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? 2 : 1);
    lineNo++;

    // 1. Which open containers does this line continue?
    let p = 0;
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const want = stack[matched]!;
      if (want === QUOTE) {
        // CommonMark wants at most 3 spaces before a continuing `>`; markdown-it takes any number.
        const q = L.skipSpaces(p);
        if (L.code(q) !== 0x3e) break;
        p = L.afterQuote(q);
      } else if (L.blankFrom(p)) {
        if (emptyItem && matched === stack.length - 1) break;
      } else if (want === NOTE && matched > 0 && stack[matched - 1] === NOTE) {
        // micromark lets a note opened on its parent note's first line share the parent's indentation.
      } else {
        const width = want === NOTE ? 4 : want;
        if (L.skipSpaces(p, width) - p < width) break;
        p += width;
      }
    }
    const allMatched = matched === stack.length;

    // 2. The containers this line opens, left to right.
    const opened: number[] = [];
    let leaf = false;
    let indentedCode = false;
    let openedEmpty = false;
    for (;;) {
      if (matched + opened.length > stopAbove) break; // deep enough to answer
      const q = L.skipSpaces(p);
      if (L.narrow(p, q) >= 4) {
        indentedCode = true;
        break;
      }
      if (L.blankFrom(q)) break;
      if (L.code(q) === 0x3e) {
        opened.push(QUOTE);
        p = L.afterQuote(q);
        continue;
      }
      // A thematic break or heading (with a real indentation under 4 columns) is a leaf.
      if (q - p < 4 && (L.thematicBreakAt(q) || L.atxHeadingAt(q))) {
        leaf = true;
        break;
      }
      const marker = L.listMarkerAt(q);
      if (marker) {
        const content = L.skipSpaces(marker.end);
        const empty = L.blankFrom(content);
        // Five columns after the marker make the content indented code; when a tab makes that
        // ambiguous, the item gets the narrower content indentation and the line goes on opening.
        const code = !empty && L.narrow(marker.end, content) >= 5;
        const offset = empty || content - marker.end >= 5 ? 1 : content - marker.end;
        opened.push(marker.end - p + offset);
        p = marker.end + offset;
        if (empty) {
          openedEmpty = true;
          break;
        }
        if (code) {
          indentedCode = true; // the item's content starts with indented code
          break;
        }
        continue;
      }
      const afterLabel = L.footnoteAt(q);
      if (afterLabel >= 0) {
        opened.push(NOTE);
        p = L.skipSpaces(afterLabel); // micromark starts the note's content after any whitespace
        continue;
      }
      if (q - p >= 4) indentedCode = true;
      break;
    }

    // 3. A line of text that may continue an open paragraph keeps every container open (lazily).
    const blank = L.blankFrom(p);
    if (opened.length === 0 && !allMatched && paragraph && !blank && !leaf) continue;
    stack.length = matched;
    for (const entry of opened) stack.push(entry);
    emptyItem = openedEmpty;
    if (stack.length > best.depth) {
      best = { depth: stack.length, line: lineNo };
      if (best.depth > stopAbove) return best;
    }
    if (blank || leaf) paragraph = false;
    else if (indentedCode) paragraph = paragraph && allMatched && opened.length === 0;
    else paragraph = true;
  }
  return best;
}

/** The first line nested deeper than MAX_MARKDOWN_DEPTH, or null when the text is within it. */
export function tooDeepAt(text: string, max = MAX_MARKDOWN_DEPTH): number | null {
  const { depth, line } = markdownDepth(text, max);
  return depth > max ? line : null;
}
