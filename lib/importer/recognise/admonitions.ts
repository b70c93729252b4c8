// MkDocs Material and Python-Markdown admonitions: a line '!!! warning "Full reindex takes 9 hours"'
// (or '??? tip "Done this quarter"', collapsible) over content indented four spaces. Markdown without
// the extension reads the content as a code block; a reader sees the boxed text, its task list
// included, as part of the section it sits in. The box's content is read as written, out-dented; the
// box's title is no heading (it names no group of work), but a title that says the state or the
// urgency of a list right under it ("Done this quarter", "Release blocker") labels that list, as a
// "[Done]" line does (recognise/bracket-labels.ts). Only the markers change: every line keeps its number.
import type { Heading } from "mdast";
import { sectionFromHeading } from "../sections";

/** A box title that says a state or a priority, read as a heading would be ("Done this quarter"). */
function saysStateOrPriority(title: string): boolean {
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: title }] };
  const section = sectionFromHeading(heading);
  return section.status !== null || section.priorityLabel !== null;
}

/** '!!! note', '!!! warning "Title"', '???+ tip "Title"': the kind and the optional quoted title. */
const OPENER = /^(?:!!!|\?\?\?\+?)[ \t]+([\w-]{1,30})(?:[ \t]+(?:inline(?:[ \t]+end)?[ \t]+)?"([^"\n]{0,120})")?[ \t]*$/;
const INDENT = /^(?: {4}|\t)/;

/** The text with every admonition's content out-dented and its opener a label line (same line count). */
export function admonitionsToMarkdown(text: string, labelOf: (title: string) => boolean = saysStateOrPriority): string {
  // A quick test first: most documents have no admonition.
  if (!/^(?:!!!|\?\?\?)/m.test(text)) return text;
  const lines = text.split("\n");
  let changed = false;
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Not inside a fenced code block: an example of the syntax stays as written.
    const fenceMark = line.match(/^\s{0,3}(`{3,}|~{3,})/)?.[1];
    if (fenceMark) {
      if (fence === null) fence = fenceMark[0]!;
      else if (fenceMark[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const opener = line.match(OPENER);
    if (!opener) continue;
    // The content: indented or blank lines right after the opener (a blank line ends it when no indented line follows).
    let end = i + 1;
    while (end < lines.length && (INDENT.test(lines[end]!) || (!lines[end]!.trim() && INDENT.test(lines[end + 1] ?? "")))) end++;
    if (end === i + 1) continue;
    for (let k = i + 1; k < end; k++) lines[k] = lines[k]!.replace(INDENT, "");
    const title = (opener[2] ?? "").trim();
    const firstIsList = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s/.test(lines[i + 1]!);
    // "[Done this quarter]" right over the list it labels; otherwise the opener is set apart as nothing to read.
    lines[i] = title && firstIsList && labelOf(title) && !/[[\]]/.test(title) ? `[${title}]` : "";
    // The content begins a block of its own, not a continuation of the text above the opener.
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join("\n") : text;
}
