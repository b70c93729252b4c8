// What Jira wiki markup writes inline and in tables that Markdown has no words for (jira-wiki.ts
// rewrites the rest of the document):
//   - the icons "(/)" "(x)" "(!)" "(?)" → ✅ ❌ ⚠️ ❓, the marks a Markdown writer types (a legend line
//     such as "(x) = won't do" is rewritten the same way, so it still defines the mark);
//   - "{status:colour=Yellow|title=In progress}" lozenges → "(In progress)", the state in words;
//   - "[~kwame]" mentions → "@kwame", a person, never a task's words;
//   - "||Key||Finding||" header rows → "| Key | Finding |" with the delimiter row Markdown needs,
//     written on the blank line above so no line below moves; "|a|b|" rows keep their pipes.

const ICONS: Record<string, string> = { "/": "✅", x: "❌", "!": "⚠️", "?": "❓" };
const ICON = /\((\/|x|!|\?)\)/g;
const STATUS = /\{status:[^{}\n]{0,200}?title=([^|{}\n]{1,80})[^{}\n]{0,200}?\}/g;
const MENTION = /\[~([\p{L}\p{N}._-]{1,60})\]/gu;
/** "||Key||Finding||": a header row; cells between double pipes. */
const HEADER_ROW = /^[ \t]*\|\|.{0,4000}\|\|[ \t]*$/;

/** The icons, lozenges and mentions of one line as Markdown. */
export function jiraInline(line: string): string {
  return line
    .replace(ICON, (_, icon: string) => ICONS[icon]!)
    .replace(STATUS, (_, title: string) => `(${title.trim()})`)
    .replace(MENTION, "@$1");
}

/** The header row's cells ("||Key||Finding||" → ["Key", "Finding"]), or null when the line is none. */
export function jiraHeaderCells(line: string): string[] | null {
  if (line.length > 4000 || !HEADER_ROW.test(line)) return null;
  const cells = line.trim().slice(2, -2).split("||").map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

/**
 * The lines with each "||…||" header row written as a Markdown header and delimiter row. The header
 * moves up onto the blank line above it (the delimiter takes its line); with no blank line above,
 * the row stays as it is, read as text: no line of the document moves.
 */
export function jiraTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const cells = jiraHeaderCells(out[i]!);
    if (!cells || out[i - 1]!.trim()) continue;
    out[i - 1] = `| ${cells.join(" | ")} |`;
    out[i] = `|${cells.map(() => "---").join("|")}|`;
  }
  return out;
}
