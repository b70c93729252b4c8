// "o figure out the fan" under "* replace the battery": a lower-case "o" is the bullet a plain-text
// note or a Word paste uses (Word's second-level bullet is a Symbol-font "o", and people typing a
// list by hand reach for it beside "*" and "+"). Markdown does not know it, so the lines ran into the
// entry above as one paragraph. A reader sees more entries of the same list. Since "o" is also a word
// ("o cliente", Portuguese and Italian "the" / "or"), a line counts only in a run of at least two "o"
// lines that touches a line of another bullet, or when a tab follows the "o" as Word writes it.

/** "o", then a space or tab, then the entry. */
const O_LINE = /^[ \t]{0,8}o[ \t]+(?=\S)/;
/** Word's form: the "o" and a tab. */
const O_TAB = /^[ \t]{0,8}o\t/;
/** A bullet of another kind: Markdown's, a numbered entry, or a glyph from chat apps and word processors. */
const OTHER_BULLET = /^[ \t]{0,8}(?:[-*+•◦▪▫‣⁃]|\d{1,3}[.)])[ \t]+\S/;

/** The 0-based indexes of the lines that are "o" bullets. */
export function letterOBulletLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!O_LINE.test(lines[i]!)) continue;
    let end = i;
    while (end + 1 < lines.length && O_LINE.test(lines[end + 1]!)) end++;
    const beside = (i > 0 && OTHER_BULLET.test(lines[i - 1]!)) || (end + 1 < lines.length && OTHER_BULLET.test(lines[end + 1]!));
    for (let k = i; k <= end; k++) if ((end > i && beside) || O_TAB.test(lines[k]!)) found.add(k);
    i = end;
  }
  return found;
}

/** The length of the "o" bullet opening a line (its indent, the "o" and the spaces after it). */
export const letterOBulletLength = (line: string): number => line.match(O_LINE)?.[0].length ?? 0;
