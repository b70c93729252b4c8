// Org-mode outlines pasted into a Markdown file. Emacs org-mode (and the tools that export to it:
// orgzly, beorg, Logseq's org files) writes a plan as headlines of stars — "* Homelab",
// "** TODO [#A] Replace the SSD", "*** DONE Order it" — with planning lines ("SCHEDULED: <…>"),
// drawers and notes indented below them, and "#+TITLE:" directives at the top. Markdown sees one
// bullet ("* Homelab") and runs every deeper headline ("** …" is no Markdown at all) into its
// paragraph, so nothing was read. A reader sees the outline: this writes it as the Markdown of the
// same shape, line for line (so item lines do not move) —
//   - "#+TITLE: x" → "# x" (the document's name); other "#+…" directives → blank;
//   - a headline without a task keyword → a heading one level deeper than its stars (the title is
//     the only level-1 heading), so it groups what is under it as a category does;
//   - a headline with a task keyword (TODO, NEXT, DONE, WAITING, CANCELLED, …), and any headline
//     under one → a list entry nested as the outline nests, which the outliner-keyword reader takes
//     (recognise/outliner-keywords.ts: keyword, priority cookie and tags);
//   - the lines under a headline → its body (indented under an entry, so they stay its description);
//   - "#+BEGIN_SRC"/"#+BEGIN_EXAMPLE" blocks → fenced code.
// Only a document that is an outline is rewritten: a headline of two stars or more (which Markdown
// never writes), or a "#+" directive, with two headlines at least, and no Markdown heading.
import { OUTLINER_KEYWORDS } from "./outliner-keywords";
import { orgTodoKeywords, withCanonicalKeyword } from "./org-keywords";

const HEADLINE = /^(\*+)[ \t]+(\S.*)$/;
const DEEP_HEADLINE = /^\*{2,}[ \t]+\S/;
const DIRECTIVE = /^#\+([A-Za-z_]+):?[ \t]*(.*)$/;
const BLOCK_BEGIN = /^[ \t]*#\+begin_(src|example)\b[ \t]*(\S*)/i;
const BLOCK_END = /^[ \t]*#\+end_(?:src|example)\b/i;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

const keywordOf = (rest: string) => {
  const word = rest.match(/^([A-Z][A-Z-]*)(?=[ \t]|$)/)?.[1];
  return word && OUTLINER_KEYWORDS.has(word) ? word : null;
};

/** Whether the text is an Org outline (see above); read in one pass, stopping early. */
export function isOrgOutline(lines: string[]): boolean {
  let headlines = 0;
  let deep = false;
  let directive = false;
  let fence = false;
  for (const line of lines) {
    if (FENCE.test(line)) fence = !fence;
    if (fence) continue;
    if (ATX.test(line)) return false;
    if (HEADLINE.test(line)) {
      headlines++;
      deep ||= DEEP_HEADLINE.test(line);
    } else if (DIRECTIVE.test(line)) directive = true;
  }
  return headlines >= 2 && (deep || directive);
}

/** The Org outline as Markdown, one line for each line; any other text unchanged. */
export function orgOutlineToMarkdown(text: string): string {
  if (!text.includes("*")) return text;
  const lines = text.split("\n");
  if (!isOrgOutline(lines)) return text;
  const out: string[] = [];
  // "#+TODO: TODO KESKEN | VALMIS": the file's own keywords, written as the English ones (recognise/org-keywords.ts).
  const keywords = orgTodoKeywords(lines);
  // Open list entries: their stars and the column their content starts at.
  const entries: { stars: number; content: number }[] = [];
  // Where the body of the current headline starts (its first line's indent), and where it goes.
  let bodyIndent: number | null = null;
  let inBlock = false;
  for (const line of lines) {
    const indentTo = entries.at(-1)?.content ?? 0;
    if (inBlock) {
      if (BLOCK_END.test(line)) {
        inBlock = false;
        out.push(" ".repeat(indentTo) + "```");
      } else out.push(line.trim() ? " ".repeat(indentTo) + line.replace(/^[ \t]*/, "") : "");
      continue;
    }
    const block = line.match(BLOCK_BEGIN);
    if (block) {
      inBlock = true;
      out.push(" ".repeat(indentTo) + "```" + block[2]!);
      continue;
    }
    const h = line.match(HEADLINE);
    if (h) {
      const stars = h[1]!.length;
      const rest = withCanonicalKeyword(h[2]!.trim(), keywords);
      bodyIndent = null;
      while (entries.length && entries.at(-1)!.stars >= stars) entries.pop();
      if (entries.length || keywordOf(rest)) {
        const indent = entries.at(-1)?.content ?? 0;
        entries.push({ stars, content: indent + 2 });
        out.push(`${" ".repeat(indent)}- ${rest}`);
      } else out.push(`${"#".repeat(Math.min(6, stars + 1))} ${rest}`);
      continue;
    }
    const d = line.match(DIRECTIVE);
    if (d) {
      out.push(/^title$/i.test(d[1]!) && d[2]!.trim() ? `# ${d[2]!.trim()}` : "");
      continue;
    }
    if (!line.trim()) {
      out.push("");
      continue;
    }
    const indent = line.match(/^[ \t]*/)![0].length;
    bodyIndent ??= indent;
    // Deeper than the body's first line: kept relative to it (a nested list in the notes).
    out.push(" ".repeat(indentTo + Math.max(0, indent - bodyIndent)) + line.trimStart());
  }
  return out.join("\n");
}
