// An AsciiDoc document saved as .md (a README written for GitLab or Antora, pasted where Markdown is
// read): "= pgwatchdog", "== Планы", ":toc:", "----" blocks, "** nested" and ". numbered" entries.
// Markdown sees no headings in it — "== Планы" is a line of text — so a README's plan section and
// its known bugs ran together under no heading. A reader sees the sections; this writes the same shape
// in Markdown, line for line (so item lines do not move):
//   - "= Title" … "====== x" → "#" … "######";
//   - ":attribute:" lines and "[source,…]" block attributes → blank; "//" comment lines → blank;
//   - "----" and "...." block delimiters → fences (Markdown reads "----" as a rule or an underline);
//   - "**", "***" entries → "-" entries nested; ". x" / ".. x" → "1." entries.
// Only a document that is AsciiDoc is rewritten: two "=" heading lines, one of them "==" or deeper,
// and no Markdown heading or fence of its own.

const HEADING = /^(={1,6})[ \t]+(\S.*)$/;
const ATX = /^ {0,3}#{1,6}[ \t]+\S/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const ATTRIBUTE = /^:!?[\w-]{1,40}!?:(?:[ \t].*)?$/;
const BLOCK_ATTRIBUTE = /^\[(?:source|listing|literal|quote|verse|NOTE|TIP|WARNING|IMPORTANT|CAUTION)(?:,[^\]\n]{0,80})?\][ \t]*$/;
const DELIMITER = /^(?:-{4,}|\.{4,})[ \t]*$/;
const BULLET = /^(\*{2,5})[ \t]+(\S.*)$/;
const NUMBERED = /^(\.{1,5})[ \t]+(\S.*)$/;
const COMMENT = /^\/\/(?:[^/].*)?$/;

/** Whether the lines are AsciiDoc (see above). */
export function isAsciiDoc(lines: readonly string[]): boolean {
  let headings = 0;
  let deep = false;
  for (const line of lines) {
    if (ATX.test(line) || FENCE.test(line)) return false;
    const h = line.match(HEADING);
    if (h) {
      headings++;
      deep ||= h[1]!.length >= 2;
    }
  }
  return headings >= 2 && deep;
}

/** The AsciiDoc as Markdown, one line for each line; any other text unchanged. */
export function asciiDocToMarkdown(text: string): string {
  if (!/^==?[ \t]/m.test(text)) return text;
  const lines = text.split("\n");
  if (!isAsciiDoc(lines)) return text;
  let block: string | null = null;
  return lines
    .map((line) => {
      if (block !== null) {
        if (line.trimEnd() === block) {
          block = null;
          return "```";
        }
        return line;
      }
      if (DELIMITER.test(line)) {
        block = line.trimEnd();
        return "```";
      }
      const heading = line.match(HEADING);
      if (heading) return `${"#".repeat(heading[1]!.length)} ${heading[2]}`;
      if (ATTRIBUTE.test(line) || BLOCK_ATTRIBUTE.test(line) || COMMENT.test(line)) return "";
      const bullet = line.match(BULLET);
      if (bullet) return `${"  ".repeat(bullet[1]!.length - 1)}- ${bullet[2]}`;
      const numbered = line.match(NUMBERED);
      if (numbered) return `${"   ".repeat(numbered[1]!.length - 1)}1. ${numbered[2]}`;
      return line;
    })
    .join("\n");
}
