import type { RootContent } from "mdast";
import { sourceOf } from "../markdown";

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

/** "Label: value", the label a few words in any script (as the field-line reader's). */
// A colon inside a word ("Kund:innen", "10:30") is no label's: an ASCII colon is followed by a space.
const LABELLED = /^([\p{L}][\p{L}\p{N} ]{0,24}?)\s*(?::\s+|：\s*)\S/u;

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

// A database page exported as Markdown (Notion, Coda, Confluence, Obsidian properties) writes each
// record as a heading over its properties before any prose ("## Biometric login" / "Status: In
// progress" / "Priority: High" / "Assignee: Dana"): the field-line heading reader reads each of
// those lines as one field, so every property counts, not only the last line's.

/** The body's opening paragraph when every line of it is a "Label: value" line (two or more), and its lines. */
export function fieldStackOf(body: RootContent[], text: string): { node: RootContent; lines: string[] } | null {
  const first = body.find((n) => n.type !== "thematicBreak" && n.type !== "html");
  if (!first || first.type !== "paragraph") return null;
  const lines = sourceOf(first, text)
    .split("\n")
    .map((l) => l.replace(/[*_]/g, "").trim());
  if (lines.length < 2) return null;
  for (const line of lines) {
    const m = line.match(LABELLED);
    if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
  }
  return { node: first, lines };
}
