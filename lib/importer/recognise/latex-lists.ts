// LaTeX notes pasted into a Markdown file: "\subsection*{To do}", "\begin{itemize}", "\item Order
// more solvent", "\item[$\checkmark$] done one", "% comment". Markdown reads it all as one paragraph
// of backslashes, so a lab's to-do list gave no items. A reader sees the rendered page: headings
// and bulleted entries, a ticked entry done. This writes the same shape in Markdown, line for line:
//   - "\chapter", "\section", "\subsection", "\subsubsection", "\paragraph" (starred or not) → "#" … "#####";
//   - "\begin{itemize|enumerate|description}" / "\end{…}" and preamble lines → blank;
//   - "\item x" → "- x" ("1. x" in an enumerate), nested by the open lists; "\item[$\checkmark$] x" → "- [x] x";
//   - "\textbf{x}" → "**x**", "\emph{x}"/"\textit{x}" → "*x*", "\texttt{x}" → "`x`"; "--" → "–", "---" → "—",
//     "~" and "\," → a space, "$^\circ$" → "°", "\&" "\%" "\$" "\#" "\_" → the sign; "% comment" → dropped.
// Only a document that is LaTeX is rewritten: a "\begin{itemize|enumerate}" line and an "\item" line,
// and no Markdown heading or fence.

const ATX = /^ {0,3}#{1,6}[ \t]+\S/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const SECTION = /^[ \t]*\\(chapter|section|subsection|subsubsection|paragraph)\*?\{([^{}\n]{1,300})\}[ \t]*(.*)$/;
const LEVEL: Readonly<Record<string, number>> = { chapter: 1, section: 2, subsection: 3, subsubsection: 4, paragraph: 5 };
const BEGIN = /^[ \t]*\\begin\{(itemize|enumerate|description)\}[ \t]*(?:\[[^\]\n]{0,80}\])?[ \t]*$/;
const END = /^[ \t]*\\end\{(?:itemize|enumerate|description)\}[ \t]*$/;
const ITEM = /^[ \t]*\\item(?:\[([^\]\n]{0,80})\])?(?:[ \t]+(.*))?$/;
const PREAMBLE = /^[ \t]*\\(?:documentclass|usepackage|begin\{document\}|end\{document\}|maketitle|tableofcontents|title|author|date)\b/;
const TICK = /\\checkmark|✓|✔|\\surd|\\done\b/;
/** An unescaped "%" and the comment after it. */
const COMMENT = /(^|[^\\])%.*$/;
const BOLD = /\\textbf\{([^{}\n]{0,300})\}/g;
const ITALIC = /\\(?:emph|textit)\{([^{}\n]{0,300})\}/g;
const MONO = /\\texttt\{([^{}\n]{0,300})\}/g;
const DEGREE = /\$\^\{?\\circ\}?\$/g;
const ESCAPED = /\\([&%$#_])/g;

/** Whether the lines are LaTeX with a list (see above). */
export function isLatexList(lines: readonly string[]): boolean {
  let list = false;
  let item = false;
  for (const line of lines) {
    if (ATX.test(line) || FENCE.test(line)) return false;
    list ||= BEGIN.test(line);
    item ||= ITEM.test(line);
  }
  return list && item;
}

/** A line's text as rendered: markup written as Markdown, comments and spacing commands gone. */
export function renderLatexInline(s: string): string {
  return s
    .replace(COMMENT, "$1")
    .replace(BOLD, "**$1**")
    .replace(ITALIC, "*$1*")
    .replace(MONO, "`$1`")
    .replace(DEGREE, "°")
    .replace(/\\,|~/g, " ")
    .replace(/---/g, "—")
    .replace(/--/g, "–")
    .replace(/\\ldots\b|\\dots\b/g, "…")
    .replace(ESCAPED, "$1")
    .trimEnd();
}

/** The LaTeX as Markdown, one line for each line; any other text unchanged. */
export function latexListsToMarkdown(text: string): string {
  if (!text.includes("\\begin{") || !text.includes("\\item")) return text;
  const lines = text.split("\n");
  if (!isLatexList(lines)) return text;
  const open: boolean[] = []; // one per open list: whether it is numbered
  return lines
    .map((line) => {
      const begin = line.match(BEGIN);
      if (begin) {
        open.push(begin[1] === "enumerate");
        return "";
      }
      if (END.test(line) || PREAMBLE.test(line)) {
        if (END.test(line)) open.pop();
        return "";
      }
      const section = line.match(SECTION);
      if (section) return `${"#".repeat(LEVEL[section[1]!]!)} ${renderLatexInline(section[2]!)}`;
      const item = line.match(ITEM);
      if (item && open.length) {
        const depth = open.length - 1;
        const sign = open[depth] ? "1." : "-";
        const label = item[1];
        const box = label !== undefined && TICK.test(label) ? "[x] " : "";
        return `${"   ".repeat(depth)}${sign} ${box}${renderLatexInline(item[2] ?? "")}`;
      }
      return renderLatexInline(line);
    })
    .join("\n");
}
