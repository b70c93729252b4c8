import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffStats, lineDiff, type DiffHunk } from "./diff";

const numbered = (n: number, label = "line") => Array.from({ length: n }, (_, i) => `${label} ${i + 1}`);
const text = (lines: string[]) => (lines.length ? `${lines.join("\n")}\n` : "");
const kinds = (hunks: DiffHunk[]) => hunks.flatMap((h) => h.rows.map((r) => `${r.kind === "add" ? "+" : r.kind === "del" ? "-" : " "}${r.text}`));

describe("lineDiff", () => {
  it("finds nothing between identical texts", () => {
    expect(lineDiff("", "")).toEqual([]);
    expect(lineDiff("a\nb\n", "a\nb\n")).toEqual([]);
  });

  it("treats CRLF, CR and LF line endings as the same", () => {
    expect(lineDiff("a\r\nb\r\n", "a\nb\n")).toEqual([]);
    expect(lineDiff("a\rb", "a\nb")).toEqual([]);
  });

  it("does not flag the last line when only the final newline differs", () => {
    expect(lineDiff("a\nb", "a\nb\n")).toEqual([]);
    expect(kinds(lineDiff("a\nb", "a\nb\nc\n"))).toEqual([" a", " b", "+c"]);
  });

  it("shows every line as added when the old text is empty", () => {
    const hunks = lineDiff("", "one\ntwo\nthree");
    expect(hunks).toHaveLength(1);
    expect(hunks[0]).toMatchObject({ oldStart: 1, newStart: 1, hiddenBefore: 0, hiddenAfter: 0 });
    expect(hunks[0]!.rows).toEqual([
      { kind: "add", oldNo: null, newNo: 1, text: "one" },
      { kind: "add", oldNo: null, newNo: 2, text: "two" },
      { kind: "add", oldNo: null, newNo: 3, text: "three" },
    ]);
    expect(diffStats(hunks)).toEqual({ added: 3, removed: 0 });
  });

  it("shows every line as removed when the new text is empty", () => {
    expect(diffStats(lineDiff("one\ntwo\n", ""))).toEqual({ added: 0, removed: 2 });
  });

  it("keeps blank lines as rows of their own", () => {
    expect(kinds(lineDiff("a\n\nb\n", "a\n\nc\n"))).toEqual([" a", " ", "-b", "+c"]);
  });

  it("keeps three lines of context and collapses the rest", () => {
    const before = numbered(20);
    const after = before.map((l, i) => (i === 9 ? "changed" : l));
    const [hunk, ...rest] = lineDiff(text(before), text(after));
    expect(rest).toEqual([]);
    expect(hunk).toMatchObject({ oldStart: 7, newStart: 7, hiddenBefore: 6, hiddenAfter: 7 });
    expect(kinds([hunk!])).toEqual([" line 7", " line 8", " line 9", "-line 10", "+changed", " line 11", " line 12", " line 13"]);
    expect(hunk!.rows.map((r) => [r.oldNo, r.newNo])).toEqual([
      [7, 7],
      [8, 8],
      [9, 9],
      [10, null],
      [null, 10],
      [11, 11],
      [12, 12],
      [13, 13],
    ]);
  });

  it("merges changes whose context touches and separates distant ones", () => {
    const before = numbered(40);
    const close = before.map((l, i) => (i === 4 || i === 10 ? `${l}!` : l));
    expect(lineDiff(text(before), text(close))).toHaveLength(1);

    const far = before.map((l, i) => (i === 4 || i === 30 ? `${l}!` : l));
    const hunks = lineDiff(text(before), text(far));
    expect(hunks.map((h) => [h.hiddenBefore, h.hiddenAfter])).toEqual([
      [1, 19],
      [19, 6],
    ]);
    expect(hunks[1]).toMatchObject({ oldStart: 28, newStart: 28 });
  });

  it("honours a custom context, including none", () => {
    const before = numbered(10);
    const after = before.map((l, i) => (i === 2 || i === 4 ? `${l}!` : l));
    const hunks = lineDiff(text(before), text(after), 0);
    expect(hunks.map((h) => h.rows.length)).toEqual([2, 2]);
    expect(hunks.map((h) => h.hiddenBefore)).toEqual([2, 1]);
    expect(lineDiff(text(before), text(after), Infinity)[0]!.rows).toHaveLength(12);
  });

  it("numbers an insertion's hunk from the old line it follows", () => {
    const before = numbered(10);
    const after = [...before.slice(0, 5), "inserted", ...before.slice(5)];
    const [hunk] = lineDiff(text(before), text(after), 1);
    expect(hunk).toMatchObject({ oldStart: 5, newStart: 5 });
    expect(kinds([hunk!])).toEqual([" line 5", "+inserted", " line 6"]);
  });

  it("lists removals before additions within a change", () => {
    expect(kinds(lineDiff("a\nb\nc\nd\n", "a\nx\ny\nd\n"))).toEqual([" a", "-b", "-c", "+x", "+y", " d"]);
  });

  describe("word highlights", () => {
    it("marks the changed words of a changed line pair", () => {
      const rows = lineDiff("restart the api pod\n", "restart the web pod\n")[0]!.rows;
      expect(rows[0]).toMatchObject({ kind: "del", segments: [{ text: "restart the ", changed: false }, { text: "api", changed: true }, { text: " pod", changed: false }] });
      expect(rows[1]).toMatchObject({ kind: "add", segments: [{ text: "restart the ", changed: false }, { text: "web", changed: true }, { text: " pod", changed: false }] });
    });

    it("pairs lines in order and leaves the unpaired ones plain", () => {
      const rows = lineDiff("keep\nscale to 3\n", "keep\nscale to 5\nthen wait\n")[0]!.rows;
      expect(rows.map((r) => [r.kind, Boolean(r.segments)])).toEqual([
        ["same", false],
        ["del", true],
        ["add", true],
        ["add", false],
      ]);
    });

    it("skips lines that share nothing, and very long lines", () => {
      expect(lineDiff("alpha beta\n", "gamma delta\n")[0]!.rows.some((r) => r.segments)).toBe(false);
      const long = "x ".repeat(600);
      expect(lineDiff(`${long}a\n`, `${long}b\n`)[0]!.rows.some((r) => r.segments)).toBe(false);
    });
  });

  it("diffs a 5,000-line runbook with ten scattered edits", () => {
    const before = numbered(5000, "step");
    const edited = new Set(Array.from({ length: 10 }, (_, k) => 13 + k * 487));
    const after = before.map((l, i) => (edited.has(i) ? `${l} (revised)` : l));
    const hunks = lineDiff(text(before), text(after));
    expect(hunks).toHaveLength(10);
    expect(diffStats(hunks)).toEqual({ added: 10, removed: 10 });
    expect(hunks.reduce((n, h) => n + h.hiddenBefore, 0) + hunks.at(-1)!.hiddenAfter).toBe(5000 - 10 * 7);
  });

  it("falls back to remove-all, add-all when two long texts share nothing", () => {
    const hunks = lineDiff(text(numbered(4000, "old")), text(numbered(4000, "new")));
    expect(diffStats(hunks)).toEqual({ added: 4000, removed: 4000 });
  });

  it("rebuilds both texts from a full-context diff (property)", () => {
    const line = fc.constantFrom("a", "b", "c", "", "a b", "a c");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), fc.nat(5), (a, b, context) => {
        const full = lineDiff(text(a), text(b), Infinity).flatMap((h) => h.rows);
        if (text(a) === text(b)) {
          expect(full).toEqual([]);
          return;
        }
        expect(full.filter((r) => r.kind !== "add").map((r) => r.text)).toEqual(a);
        expect(full.filter((r) => r.kind !== "del").map((r) => r.text)).toEqual(b);
        expect(full.filter((r) => r.oldNo !== null).map((r) => r.oldNo)).toEqual(a.map((_, i) => i + 1));
        for (const r of full) if (r.segments) expect(r.segments.map((s) => s.text).join("")).toBe(r.text);
        // Collapsing keeps every change and accounts for every hidden line.
        const hunks = lineDiff(text(a), text(b), context);
        expect(diffStats(hunks)).toEqual(diffStats(lineDiff(text(a), text(b), Infinity)));
        const shown = hunks.reduce((n, h) => n + h.rows.length + h.hiddenBefore, 0) + (hunks.at(-1)?.hiddenAfter ?? 0);
        expect(shown).toBe(full.length);
      }),
    );
  });
});
