// Plain-text rules every runbook module shares: how titles and steps are tidied and cut, and how a
// title is written so it reads back as one heading. No Markdown parser here (the editor's templates
// use them in the browser).

export const MAX_TITLE_CHARS = 200;

export const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** At most `max` characters (code points, so an emoji is never cut in half), "…" marking a cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

// Leading blank lines and trailing whitespace go; the first line's indentation stays because it
// can be meaningful (an indented code block).
export const trimBlock = (text: string): string => text.replace(/^(?:[ \t]*\n)+/, "").trimEnd();

/**
 * Text that reads back as the same heading. Only what would break it is escaped: line breaks
 * (collapsed) and a trailing run of "#" after a space, which ATX reads as a closing sequence.
 * Everything else, "(> 25 minutes)" included, is plain heading content.
 */
export function headingLine(title: string): string {
  return collapse(title).replace(/(^|\s)(#+)$/, "$1\\$2");
}
