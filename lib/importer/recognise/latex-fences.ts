import { isLatexList, latexListsToMarkdown } from "./latex-lists";

// LaTeX pasted into a Markdown note inside a fence: "```" then "\section*{Open items}", "\begin{itemize}",
// "\item \todo{Add the resolution map} % low prio", "```". A group's meeting notes copy the open items
// from their manuscript's source this way; the fence keeps the backslashes, and the Markdown around it
// (a "#" title, a closing remark) means recognise/latex-lists.ts, which rewrites a whole LaTeX document,
// leaves it be. A careful reader still sees the rendered list. A fence with no language, or "latex" /
// "tex", whose body is LaTeX with a list is written as that Markdown, line for line (the fence lines
// blanked), with what the LaTeX to-do and strike-out packages add:
//   - "\todo{x}", "\todo[inline]{x}", "\missing{x}" (todonotes) → "x": the note is the entry's words;
//   - "\sout{x}", "\st{x}" (ulem, soul) → "~~x~~": struck out, as a strike-through in Markdown;
//   - a tie in an entry ("Fig.~S4") stays as written: in a fence the reader sees the source;
//   - an entry's closing "% comment" → " (comment)": the writer's remark on it ("% DONE -- LK", "% low
//     prio"), read as any parenthesis after an entry is (a state, a priority, an owner), not dropped.

const OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([A-Za-z]*)[ \t]*$/;
const LATEX_INFO = new Set(["", "latex", "tex"]);
const ITEM = /^[ \t]*\\item\b/;
/** A group's body between braces: characters other than braces, or an empty "{}" ("3.1\AA{} map"). */
const BODY = String.raw`((?:[^{}\n]|\{\})*)`;
const TODO = new RegExp(String.raw`\\(?:todo|missing)(?:\[[^\]\n]{0,40}\])?\{${BODY}\}`, "g");
const STRUCK = new RegExp(String.raw`\\(?:sout|st)\{${BODY}\}`, "g");
/** An unescaped "%" and the remark after it, on an entry's line. */
const REMARK = /(^|[^\\])%[ \t]*(.*?)[ \t]*$/;
const MAX_LINES = 2000;
/** A tie ("Fig.~S4") held aside while the line is rendered: in a fence the reader sees the source, ties as written. */
const TIE = "\uE000";

/** An "\item" line with its to-do and strike-out markup unwrapped and its comment made a remark. */
function entryLine(line: string): string {
  if (!ITEM.test(line) || line.length > 2000) return line;
  const unwrapped = line.replace(/~/g, TIE).replace(TODO, "$1").replace(STRUCK, "~~$1~~");
  const remark = unwrapped.match(REMARK);
  if (!remark || remark.index === undefined) return unwrapped;
  const before = unwrapped.slice(0, remark.index + remark[1]!.length).trimEnd();
  const words = remark[2]!.replace(/[()]/g, "").trim();
  return words ? `${before} (${words})` : before;
}

/** The text with every fence of LaTeX with a list written as Markdown (one linear pass). */
export function latexFencesToMarkdown(text: string): string {
  if (!text.includes("\\item") || (!text.includes("```") && !text.includes("~~~"))) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(OPEN);
    if (!open) continue;
    const mark = open[1]!;
    let close = i + 1;
    while (close < lines.length && !(lines[close]!.trim().startsWith(mark[0]!.repeat(mark.length)) && /^ {0,3}[`~]+\s*$/.test(lines[close]!))) close++;
    if (close >= lines.length) break;
    const body = lines.slice(i + 1, close);
    if (LATEX_INFO.has(open[2]!.toLowerCase()) && body.length <= MAX_LINES && isLatexList(body)) {
      const rendered = latexListsToMarkdown(body.map(entryLine).join("\n")).replaceAll(TIE, "~").split("\n");
      lines.splice(i, close - i + 1, "", ...rendered, "");
      changed = true;
    }
    i = close;
  }
  return changed ? lines.join("\n") : text;
}
