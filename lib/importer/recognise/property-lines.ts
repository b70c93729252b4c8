// Property lines: a record's fields written one to a line, without bold — the way Notion, Obsidian's
// properties and most "copy as Markdown" exports write a database page:
//   ## Push notifications via Firebase
//   Status: In progress
//   Priority: High
//   Assignee: Dmitri K.
// The field-line reader (recognise/field-line-headings.ts) read one line of fields ("Priority: P2 ·
// Size: S"), the last of the body; with one field a line, it saw only the last field ("Due: …") and
// missed the state and priority above it. A reader takes the whole run of "Label: value" lines as
// the record's fields, whether it opens the body (properties first, the page's text below) or
// closes it. The run is handed to the field-line reader as one line, its fields set apart by " · ".

/** "Label: value", the label one to three words in any script (as the field-line reader's). */
// A colon inside a word ("Kund:innen", "10:30") is no label's: an ASCII colon is followed by a space.
const LABELLED = /^[\p{L}][\p{L}\p{N} ]{0,24}?\s*(?::\s+|：\s*)\S/u;

const isLabelled = (line: string) => LABELLED.test(line.replace(/[*_]/g, "").trim());

/**
 * The run of labelled lines that closes a paragraph's lines (two at least), joined into one field
 * line, and the lines before it; null when the paragraph does not end in such a run.
 */
export function trailingPropertyRun(lines: string[]): { joined: string; before: string[] } | null {
  let start = lines.length;
  while (start > 0 && isLabelled(lines[start - 1]!)) start--;
  if (lines.length - start < 2) return null;
  return { joined: lines.slice(start).map((l) => l.trim()).join(" · "), before: lines.slice(0, start) };
}

/** A paragraph made only of labelled lines (two at least), joined into one field line; null otherwise. */
export function propertyParagraph(lines: string[]): string | null {
  const run = trailingPropertyRun(lines);
  return run && run.before.every((l) => !l.trim()) ? run.joined : null;
}
