import { jiraInline, jiraTables } from "./jira-wiki-marks";

// Jira (and Confluence) wiki markup pasted into a Markdown file: "h2. Committed", "* *CHK-812* …",
// "# numbered", "-struck-", "{code}" … "{code}". Markdown reads none of it as a reader does: "h2." is
// text, "# CHK-830 …" a level-1 heading, "-CHK-790 …-" no strikethrough. A reader sees headings,
// bullets, a numbered list and a struck entry; this writes the same shape in Markdown, line for line
// (so item lines do not move):
//   - "h1." … "h6." → "#" … "######";
//   - "*", "**", "#", "##", "*#" list signs → "-" or "1." entries nested by their count;
//   - "-text-" (struck) → "~~text~~"; "{{mono}}" → "`mono`";
//   - "(/)" icons, "{status:…}" lozenges, "[~user]" mentions and "||header||" tables: jira-wiki-marks.ts;
//   - "{code}" / "{noformat}" lines → fences; "{quote}" alone → a blank line, "{quote}x{quote}" → "> x".
// Only a document that is Jira markup is rewritten: two "hN." heading lines, or one with a "{code}",
// "{quote}", "{noformat}" or "{panel}" macro, and no Markdown fence ("# …" is a Jira numbered entry, no heading).

const HEADING = /^h([1-6])\.[ \t]+(\S.*)$/;
const MACRO = /^\{(?:code|noformat|quote|panel)(?::[^}]{0,80})?\}/m;
/** A Jira list line: its signs ("*", "#", "-" nested as "**", "#*", …) and the entry. */
const LIST = /^[ \t]{0,3}([*#]{1,6}|-)[ \t]+(\S.*)$/;
const FENCE_MACRO = /^[ \t]*\{(?:code|noformat)(?::[^}]{0,80})?\}[ \t]*$/;
const QUOTE_LINE = /^[ \t]*\{quote\}(.{0,2000}?)\{quote\}[ \t]*$/;
const QUOTE_ALONE = /^[ \t]*\{quote\}[ \t]*$/;
/** "-struck text-": a dash opening at a word's start, closing after a word's end (hyphens inside stay: "-CHK-790 …-"). */
const STRUCK = /(^|[\s(])-(?=\S)([^\n]{1,300}?\S)-(?=$|[\s),.;:!?])/g;
const MONO = /\{\{([^{}\n]{1,200})\}\}/g;

/** Whether the lines are Jira wiki markup (see above). */
export function isJiraWiki(lines: readonly string[], text: string): boolean {
  let headings = 0;
  for (const line of lines) {
    if (/^ {0,3}(?:```|~~~)/.test(line)) return false;
    if (HEADING.test(line)) headings++;
  }
  return headings >= 2 || (headings === 1 && MACRO.test(text));
}

const inline = (s: string) => jiraInline(s).replace(STRUCK, "$1~~$2~~").replace(MONO, "`$1`");

/** The Jira markup as Markdown, one line for each line; any other text unchanged. */
export function jiraWikiToMarkdown(text: string): string {
  if (!/^h[1-6]\.[ \t]/m.test(text)) return text;
  const lines = text.split("\n");
  if (!isJiraWiki(lines, text)) return text;
  let code = false;
  // Icons, lozenges, mentions and "||header||" rows: recognise/jira-wiki-marks.ts.
  return jiraTables(lines)
    .map((line) => {
      if (FENCE_MACRO.test(line)) {
        code = !code;
        return "```";
      }
      if (code) return line;
      const heading = line.match(HEADING);
      if (heading) return `${"#".repeat(Number(heading[1]))} ${inline(heading[2]!)}`;
      const quote = line.match(QUOTE_LINE);
      if (quote) return `> ${inline(quote[1]!)}`;
      if (QUOTE_ALONE.test(line)) return "";
      const entry = line.match(LIST);
      if (entry) {
        const signs = entry[1]!;
        const depth = signs === "-" ? 0 : signs.length - 1;
        const sign = signs.endsWith("#") ? "1." : "-";
        return `${"   ".repeat(depth)}${sign} ${inline(entry[2]!)}`;
      }
      return inline(line);
    })
    .join("\n");
}
