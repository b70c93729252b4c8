// reStructuredText pasted into a Markdown file (notes half moved from Sphinx docs): section titles
// underlined — and the document's title over- and underlined — with "=", "-", "~", "^" …, and
// directives such as ".. todo:: …", ".. note:: …", ".. contents::". Markdown reads only "=" and "-"
// underlines, as two levels, and the directives as text; a reader sees the rST outline and a to-do.
// This writes the same shape in Markdown, line for line (so item lines do not move):
//   - a title with its adornment → an ATX heading, its depth the order in which its style (the
//     character, and whether it has an overline) first appears, as rST itself decides; the adornment
//     lines → blank;
//   - ".. todo:: text" → "- [ ] text" (Sphinx's to-do directive is a task wherever it stands);
//   - ".. note:: text" and the other admonitions → "> text" (a remark, never work);
//   - any other directive or comment (".. contents::", ".. _label:", ".. code-block::") → blank;
//   - "#." auto-numbered entries → "1.".
// Only a document that is rST is rewritten: a directive line, or two titles adorned with a character
// Markdown does not underline with, or an overlined title; and no Markdown heading or fence of its own.

const ADORNMENT = /^([=\-~^"#*+])\1{2,}[ \t]*$/;
const TITLE_TEXT = /^\S.{0,200}$/;
const ATX = /^ {0,3}#{1,6}[ \t]+\S/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const DIRECTIVE = /^\.\.[ \t]+([A-Za-z][\w-]{0,30})::(?:[ \t]+(.*))?$/;
const COMMENT = /^\.\.(?:[ \t].*)?$/;
const TODO = new Set(["todo"]);
const ADMONITION = new Set(["note", "warning", "tip", "important", "caution", "attention", "hint", "danger", "error", "admonition", "seealso"]);
const AUTO_NUMBERED = /^([ \t]*)#\.[ \t]+(?=\S)/;

interface Title {
  at: number;
  overline: boolean;
  style: string;
}

/** The section titles of the lines: their line, whether they are overlined, and their style. */
function titlesOf(lines: readonly string[]): Title[] {
  const titles: Title[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const under = lines[i + 1]!.match(ADORNMENT);
    const text = lines[i]!;
    if (!under || !TITLE_TEXT.test(text) || ADORNMENT.test(text) || under[0].trim().length < Math.min(text.trim().length, 3)) continue;
    const over = i > 0 && lines[i - 1]!.trimEnd() === lines[i + 1]!.trimEnd();
    titles.push({ at: i, overline: over, style: `${over ? "o" : "u"}${under[1]}` });
    i++;
  }
  return titles;
}

/** Whether the lines are reStructuredText (see above). */
export function isRst(lines: readonly string[], titles: readonly Title[]): boolean {
  let directives = 0;
  // A "~~~~" adornment is no Markdown fence.
  const adornments = new Set(titles.flatMap((t) => [t.at - 1, t.at + 1]));
  for (const [i, line] of lines.entries()) {
    if (ATX.test(line) || (FENCE.test(line) && !adornments.has(i))) return false;
    if (DIRECTIVE.test(line)) directives++;
  }
  // A line between two "---" rules is Markdown's own (a rule, then a setext heading): no overline.
  const rstOnly = titles.filter((t) => (t.overline && t.style !== "o-") || !"=-".includes(t.style[1]!)).length;
  return directives > 0 || rstOnly >= 2 || titles.some((t) => t.overline && t.style === "o=");
}

/** The rST as Markdown, one line for each line; any other text unchanged. */
export function rstToMarkdown(text: string): string {
  if (!/^\.\.[ \t]/m.test(text) && !/^([=\-~^"#*+])\1{2,}[ \t]*$/m.test(text)) return text;
  const lines = text.split("\n");
  const titles = titlesOf(lines);
  if (!isRst(lines, titles)) return text;
  const out = [...lines];
  const depth = new Map<string, number>();
  for (const t of titles) {
    if (!depth.has(t.style)) depth.set(t.style, Math.min(depth.size + 1, 6));
    if (t.overline) out[t.at - 1] = "";
    out[t.at] = `${"#".repeat(depth.get(t.style)!)} ${lines[t.at]!.trim()}`;
    out[t.at + 1] = "";
  }
  const titled = new Set(titles.flatMap((t) => [t.at - 1, t.at, t.at + 1]));
  for (let i = 0; i < out.length; i++) {
    if (titled.has(i)) continue;
    const line = out[i]!;
    const directive = line.match(DIRECTIVE);
    if (directive) {
      const name = directive[1]!.toLowerCase();
      const said = directive[2]?.trim() ?? "";
      out[i] = TODO.has(name) && said ? `- [ ] ${said}` : ADMONITION.has(name) && said ? `> ${said}` : "";
      continue;
    }
    if (COMMENT.test(line)) out[i] = "";
    else out[i] = line.replace(AUTO_NUMBERED, "$11. ");
  }
  return out.join("\n");
}
