// Lists Markdown does not see. Lists pasted from chat apps, word processors and e-mail (Slack, Teams, Word, Outlook, Google Docs
// as plain text): their bullets arrive as glyphs — "• Book the room", "◦ nested", "▪ Order badges",
// "‣", "⁃" — which Markdown does not know (box glyphs, hollow or filled, are checklist lines:
// recognise/glyph-lines.ts), so a whole action list ran into one paragraph. A reader
// sees a list: this writes each run of glyph-bullet lines as a Markdown list (a nested glyph, or an
// indented one, one level deeper), set apart by blank lines so neither the line above nor the line
// below runs into it. The line right above a run that labels it (wholly emphasised, "*Action
// items*", or ending in a colon) stands alone too, so it is read as the list's label. Chat
// apps' emoji shortcodes for states (":white_check_mark:", ":x:", ":construction:") become the emoji
// every reader knows. Fenced code is left alone.

import { MAX_BLOCK_LINES } from "./block-size";
import { letterOBulletLines } from "./letter-o-bullets";

const BULLET = /^([ \t]*)([•◦▪▫‣⁃])[ \t]+(?=\S)/;
/** "o" as a bullet, where recognise/letter-o-bullets.ts says the line is one. */
const O_BULLET = /^([ \t]*)(o)[ \t]+(?=\S)/;
/** A Markdown bullet, whose marker a converted run must not share: a run beside "- [x] …" is its own list. */
const MARKDOWN_BULLET = /^[ \t]{0,3}([-*+])[ \t]/;
/** Glyphs chat and word-processor exports use for a second level. */
const NESTED = new Set(["◦", "▫"]);
const SHORTCODES: Record<string, string> = {
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  ballot_box_with_check: "☑️",
  x: "❌",
  no_entry: "⛔",
  construction: "🚧",
  warning: "⚠️",
  hourglass_flowing_sand: "⏳",
  hourglass: "⏳",
  red_circle: "🔴",
  large_orange_circle: "🟠",
  large_yellow_circle: "🟡",
  large_green_circle: "🟢",
};
const SHORTCODE = /:([a-z_]+):/g;
/** A line that labels what follows: wholly emphasised, or ending in a colon. */
const LABEL_LINE = /^\s*(?:([*_]{1,2})[^*_\n]{2,80}\1|[^\n]{2,80}:)\s*$/;

export function glyphBulletsToMarkdown(text: string): string {
  return glyphBulletLines(text).text;
}

/**
 * The same, with where each line of the result stood in the given text (`origin[i]`: the 1-based
 * line of result line i + 1; null when nothing changed): the blank lines that keep a run apart from
 * its neighbours must not move the items' line numbers the dry run shows.
 */
export function glyphBulletLines(text: string): { text: string; origin: number[] | null } {
  if (!/^[ \t]*[•◦▪▫‣⁃][ \t]/m.test(text) && !/:[a-z_]+:/.test(text) && !/^[ \t]*o[ \t]/m.test(text)) return { text, origin: null };
  const lines = text.split("\n");
  // "o" lines beside other bullets (recognise/letter-o-bullets.ts).
  const oLines = letterOBulletLines(lines);
  const bulletOf = (at: number): RegExpMatchArray | null => lines[at]!.match(BULLET) ?? (oLines.has(at) ? lines[at]!.match(O_BULLET) : null);
  const out: string[] = [];
  const origin: number[] = [];
  // Every line pushed carries the line it came from; a blank line added before line i stands for it.
  const push = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  let fence: string | null = null;
  let inRun = false;
  let marker = "-";
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const f = l.match(/^ {0,3}(`{3,}|~{3,})/);
    if (fence || f) {
      if (fence && f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      else if (!fence && f) fence = f[1]!;
      if (inRun && l.trim()) push("", i + 1);
      inRun = false;
      push(l, i + 1);
      continue;
    }
    const line = l.replace(SHORTCODE, (m, name: string) => SHORTCODES[name] ?? m);
    // A numbered list that continues a numbering ("4." after a label line) cannot interrupt a
    // paragraph in Markdown, so it ran into the label; two such lines in a row are a list.
    const b = line.match(BULLET) ?? (oLines.has(i) ? line.match(O_BULLET) : null);
    if (!b) {
      // The line after a run starts a new paragraph rather than continuing the last entry.
      if (inRun && line.trim()) push("", i + 1);
      inRun = false;
      push(line, i + 1);
      continue;
    }
    // A run longer than a typed block may be (recognise/block-size.ts) is a dump of lines, left as text:
    // written as a list of a million entries, it cost every list reader a reading of each.
    if (!inRun) {
      let end = i + 1;
      while (end < lines.length && end - i <= MAX_BLOCK_LINES && bulletOf(end)) end++;
      if (end - i > MAX_BLOCK_LINES) {
        while (end < lines.length && bulletOf(end)) end++;
        for (; i < end; i++) push(lines[i]!, i + 1);
        i--;
        continue;
      }
      // A marker the Markdown lists right above and below do not use: "• a" over "- [x] b" are two lists
      // to the writer, and one list in Markdown would read the run as entries of the checklist.
      const used = new Set([lines[i - 1], lines[end]].map((l) => l?.match(MARKDOWN_BULLET)?.[1]));
      marker = ["-", "*", "+"].find((c) => !used.has(c))!;
    }
    if (!inRun && out.length && out.at(-1)!.trim()) {
      // A label line right above the run heads it on its own; anything else is kept apart by a blank line.
      if (LABEL_LINE.test(out.at(-1)!) && out.length >= 2 && out.at(-2)!.trim()) {
        out.splice(out.length - 1, 0, "");
        origin.splice(origin.length - 1, 0, origin.at(-1)!);
      }
      push("", i + 1);
    }
    inRun = true;
    const nested = NESTED.has(b[2]!) || b[1]!.replace(/\t/g, "  ").length >= 2;
    push(`${nested ? "  " : ""}${marker} ${line.slice(b[0].length)}`, i + 1);
  }
  return { text: out.join("\n"), origin };
}
