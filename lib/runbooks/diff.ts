import { diffLines, diffWordsWithSpace, type ChangeObject } from "diff";

// Line diff between two runbook revisions, shaped for a unified view: rows with old/new line
// numbers, grouped into hunks with a few unchanged lines of context and the rest collapsed.

export type DiffSegment = { text: string; changed: boolean };

export type DiffRow = {
  kind: "same" | "add" | "del";
  oldNo: number | null;
  newNo: number | null;
  text: string;
  /** Word-level highlights for one line of a changed pair; absent when they would not help. */
  segments?: DiffSegment[];
};

export type DiffHunk = {
  /** 1-based line where the hunk begins in the old and the new text. */
  oldStart: number;
  newStart: number;
  /** Unchanged lines collapsed before this hunk, and after it (up to the next hunk or the end). */
  hiddenBefore: number;
  hiddenAfter: number;
  rows: DiffRow[];
};

/** Word diffs of very long lines (minified blobs, base64) cost a lot and tell the reader nothing. */
const WORD_DIFF_MAX_CHARS = 1000;

/**
 * Past this many changed lines the texts are effectively rewritten, and "all removed, all added" is
 * the honest picture anyway. The search cost grows with the square of this bound, not with the
 * text's length: at 3,000 two unrelated texts give up after about half a second instead of taking
 * several seconds of server time per page view.
 */
const MAX_EDIT_LINES = 3000;

/**
 * CRLF and LF count as the same line ending, and a missing newline at the end of the text does
 * not make the last line look changed (editors and browsers disagree about adding one).
 */
function normalize(text: string): string {
  const lf = text.replace(/\r\n?/g, "\n");
  return lf === "" || lf.endsWith("\n") ? lf : `${lf}\n`;
}

/** Every token of a normalized text ends with "\n", so the last split part is always empty. */
const linesOf = (value: string) => value.slice(0, -1).split("\n");

function lineChanges(before: string, after: string): ChangeObject<string>[] {
  const changes = diffLines(before, after, { maxEditLength: MAX_EDIT_LINES });
  if (changes) return changes;
  const whole = (value: string, removed: boolean): ChangeObject<string> => ({ value, count: linesOf(value).length, added: !removed, removed });
  return [before && whole(before, true), after && whole(after, false)].filter((c): c is ChangeObject<string> => Boolean(c));
}

function toRows(changes: ChangeObject<string>[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let oldNo = 0;
  let newNo = 0;
  for (const change of changes) {
    for (const text of linesOf(change.value)) {
      if (change.added) rows.push({ kind: "add", oldNo: null, newNo: ++newNo, text });
      else if (change.removed) rows.push({ kind: "del", oldNo: ++oldNo, newNo: null, text });
      else rows.push({ kind: "same", oldNo: ++oldNo, newNo: ++newNo, text });
    }
  }
  return rows;
}

function merged(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.changed === s.changed) last.text += s.text;
    else if (s.text) out.push({ ...s });
  }
  return out;
}

function wordSegments(before: string, after: string): { del: DiffSegment[]; add: DiffSegment[] } | null {
  if (before.length >= WORD_DIFF_MAX_CHARS || after.length >= WORD_DIFF_MAX_CHARS) return null;
  const parts = diffWordsWithSpace(before, after);
  // With nothing but whitespace in common the whole line is changed, which the row colour already says.
  if (!parts.some((p) => !p.added && !p.removed && /\S/.test(p.value))) return null;
  return {
    del: merged(parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed }))),
    add: merged(parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added }))),
  };
}

/** Within each run of changed lines: removals first, then additions, the n-th of each paired up. */
function pairChanges(rows: DiffRow[]): void {
  for (let start = 0; start < rows.length; ) {
    if (rows[start]!.kind === "same") {
      start++;
      continue;
    }
    let end = start;
    while (end < rows.length && rows[end]!.kind !== "same") end++;
    const dels = rows.slice(start, end).filter((r) => r.kind === "del");
    const adds = rows.slice(start, end).filter((r) => r.kind === "add");
    rows.splice(start, end - start, ...dels, ...adds);
    for (let i = 0; i < Math.min(dels.length, adds.length); i++) {
      const words = wordSegments(dels[i]!.text, adds[i]!.text);
      if (words) {
        dels[i]!.segments = words.del;
        adds[i]!.segments = words.add;
      }
    }
    start = end;
  }
}

export function lineDiff(before: string, after: string, context = 3): DiffHunk[] {
  const a = normalize(before);
  const b = normalize(after);
  if (a === b) return [];
  const ctx = Number.isNaN(context) ? 3 : Math.max(0, Math.floor(context));
  const rows = toRows(lineChanges(a, b));
  pairChanges(rows);

  // Lines of each text before row i, so a hunk that opens with an addition still knows its old line.
  const oldBefore = [0];
  const newBefore = [0];
  rows.forEach((r, i) => {
    oldBefore.push(oldBefore[i]! + (r.kind === "add" ? 0 : 1));
    newBefore.push(newBefore[i]! + (r.kind === "del" ? 0 : 1));
  });

  const spans: [number, number][] = [];
  rows.forEach((r, i) => {
    if (r.kind === "same") return;
    const lo = Math.max(0, i - ctx);
    const hi = Math.min(rows.length, i + ctx + 1);
    const last = spans.at(-1);
    // Touching spans merge too: a separator for zero hidden lines would be noise.
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else spans.push([lo, hi]);
  });

  return spans.map(([lo, hi], k) => ({
    oldStart: oldBefore[lo]! + 1,
    newStart: newBefore[lo]! + 1,
    hiddenBefore: lo - (k ? spans[k - 1]![1] : 0),
    hiddenAfter: (spans[k + 1]?.[0] ?? rows.length) - hi,
    rows: rows.slice(lo, hi),
  }));
}

export function diffStats(hunks: DiffHunk[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const hunk of hunks) {
    for (const row of hunk.rows) {
      if (row.kind === "add") added++;
      else if (row.kind === "del") removed++;
    }
  }
  return { added, removed };
}
