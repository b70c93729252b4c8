// BBCode (forum markup) pasted into a Markdown file: "[list]", "[*]entry", "[/list]", "[b]Heading[/b]",
// "[s]struck[/s]", "[color=red]…[/color]". Markdown reads none of it: a forum post's roadmap ran into
// one paragraph of text and gave no items. A reader sees lists, bold section titles and struck
// entries; this writes the same shape in Markdown, line for line (so item lines do not move):
//   - "[list]" / "[list=1]" / "[/list]" alone → blank lines (a blank line ends the list before it);
//   - "[*]x" → "- x" (or "1. x" in a "[list=1]"), nested by the open lists;
//   - a line that is only "[b]…[/b]" → a "##" heading (a forum post has no other way to title a part);
//   - "[s]x[/s]" → "~~x~~", "[b]x[/b]" → "**x**", "[i]x[/i]" → "*x*"; "[url=u]x[/url]" → "[x](u)";
//   - look-only tags ("[color=…]", "[size=…]", "[u]", "[font=…]", "[center]", …) → dropped.
// Only a document that is BBCode is rewritten: a "[list]" line and an "[*]" entry, no Markdown fence.

const FENCE = /^ {0,3}(?:```|~~~)/;
const LIST_OPEN = /^[ \t]*\[list(?:=([^\]\n]{1,10}))?\][ \t]*$/i;
const LIST_CLOSE = /^[ \t]*\[\/list\][ \t]*$/i;
const ENTRY = /^[ \t]*\[\*\][ \t]*(.*)$/;
const LOOK = /\[\/?(?:color|size|font|u|center|left|right|highlight)(?:=[^\]\n]{0,60})?\]/gi;
const STRUCK = /\[s\]([^\n]{0,400}?)\[\/s\]/gi;
const BOLD = /\[b\]([^\n]{0,400}?)\[\/b\]/gi;
const ITALIC = /\[i\]([^\n]{0,400}?)\[\/i\]/gi;
const LINK = /\[url=([^\]\s]{1,400})\]([^\n]{0,400}?)\[\/url\]/gi;
const BARE_LINK = /\[url\]([^\n[]{0,400})\[\/url\]/gi;
const WHOLE_BOLD = /^[ \t]*\[b\]([^\n]{1,400}?)\[\/b\][ \t]*$/i;

/** Whether the lines are BBCode (see above). */
export function isBbCode(lines: readonly string[]): boolean {
  let list = false;
  let entry = false;
  for (const line of lines) {
    if (FENCE.test(line)) return false;
    list ||= LIST_OPEN.test(line);
    entry ||= ENTRY.test(line);
  }
  return list && entry;
}

const inline = (s: string) =>
  s.replace(LOOK, "").replace(STRUCK, "~~$1~~").replace(BOLD, "**$1**").replace(ITALIC, "*$1*").replace(LINK, "[$2]($1)").replace(BARE_LINK, "$1");

/** The BBCode as Markdown, one line for each line; any other text unchanged. */
export function bbCodeToMarkdown(text: string): string {
  if (!/\[\*\]/.test(text) || !/\[list/i.test(text)) return text;
  const lines = text.split("\n");
  if (!isBbCode(lines)) return text;
  const open: boolean[] = []; // one per open list: whether it is numbered
  return lines
    .map((line) => {
      const opening = line.match(LIST_OPEN);
      if (opening) {
        open.push(opening[1] !== undefined);
        return "";
      }
      if (LIST_CLOSE.test(line)) {
        open.pop();
        return "";
      }
      const entry = line.match(ENTRY);
      if (entry) {
        const depth = Math.max(open.length - 1, 0);
        return `${"   ".repeat(depth)}${open[open.length - 1] ? "1." : "-"} ${inline(entry[1]!)}`;
      }
      const plain = line.replace(LOOK, "");
      const heading = open.length ? null : plain.match(WHOLE_BOLD);
      if (heading) return `## ${inline(heading[1]!)}`;
      return inline(line);
    })
    .join("\n");
}
