import type { Heading, RootContent } from "mdast";
import { splitFrontMatter } from "./front-matter";
import { isPhaseName, isWholeDocumentLayout, phaseSubject } from "./layouts";
import { endOf, headingText, isHeading, parse, startOf } from "./syntax-tree";
import { clip, collapse, headingLine, MAX_TITLE_CHARS, trimBlock } from "./text";
import { withoutKindLabel } from "./title-kind";

// A runbook as a standalone Markdown file, in (import) and out (export).

/**
 * Reads a Markdown runbook file. A depth-1 heading is the runbook title when it is the document's
 * first heading and either the only depth-1 heading, or directly followed by exportRunbook's
 * metadata line (so an exported runbook whose scenarios are `#` headings still round-trips), or
 * the other depth-1 headings are the runbook's sections ("# Phase 1 — Prepare", "# Rollback":
 * layouts.ts). Other depth-1 headings after it are scenarios, and the title is the file name's. The
 * title heading and that metadata line are removed; everything else is the body.
 * A `title:` in YAML front matter names the runbook before any heading does: the author said which
 * text is the title, so every heading is content (a first heading repeating it excepted).
 * Either way a leading document-kind label ("Runbook: …", "SOP – …": title-kind.ts) is dropped.
 */
export function importRunbook(markdown: string, fileName?: string): { title: string; body: string } {
  const text = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { fields, rest } = splitFrontMatter(text);
  const given = collapse(fields.get("title") ?? "");
  // The other fields (owner, review date, …) stay readable at the top of the body.
  const others = [...fields].filter(([key, value]) => key !== "title" && value !== "").map(([key, value]) => `- ${key}: ${value}`);
  const source = others.length > 0 ? `${others.join("\n")}\n\n${trimBlock(rest)}` : rest;
  if (given) return { title: clip(withoutKindLabel(given), MAX_TITLE_CHARS), body: withoutRepeatedTitle(source, given) };
  const blocks = parse(source).children;
  const index = blocks.findIndex(isHeading);
  const heading = blocks[index];
  const next = blocks[index + 1];
  const isMetadata = next !== undefined && isExportMetadata(next, source);
  const otherH1s = blocks.filter((b) => b.type === "heading" && b.depth === 1 && b !== heading).map((h) => headingText(h as Heading));
  const isTitle =
    heading?.type === "heading" &&
    heading.depth === 1 &&
    headingText(heading) !== "" &&
    (isMetadata || otherH1s.length === 0 || isWholeDocumentLayout(otherH1s));
  // "# Fase 1: Preparación …" first, then "# Fase 2 …": with no document title above them, the first
  // heading is the procedure's first phase, a scenario like the others; its own name (without
  // "Fase 1:") is the nearest the document comes to naming the procedure.
  if (isTitle && !isMetadata && otherH1s.length > 0 && isPhaseName(headingText(heading))) {
    const subject = phaseSubject(headingText(heading));
    return { title: subject ? clip(subject, MAX_TITLE_CHARS) : titleFromFileName(fileName), body: trimBlock(source) };
  }
  if (!isTitle) return { title: titleFromFileName(fileName), body: trimBlock(source) };
  const cut = isMetadata ? endOf(next) : endOf(heading);
  const body = [source.slice(0, startOf(heading)), source.slice(cut)].map(trimBlock).filter(Boolean).join("\n\n");
  return { title: clip(withoutKindLabel(headingText(heading)), MAX_TITLE_CHARS), body };
}

/** The body without a first heading that only repeats the front matter's title. */
function withoutRepeatedTitle(source: string, title: string): string {
  const heading = parse(source).children.find(isHeading);
  if (heading?.depth !== 1 || headingText(heading).toLowerCase() !== title.toLowerCase()) return trimBlock(source);
  return [source.slice(0, startOf(heading)), source.slice(endOf(heading))].map(trimBlock).filter(Boolean).join("\n\n");
}

/**
 * A runbook as a standalone Markdown file: `# title`, a metadata blockquote
 * ("> Service: x · Revision 7 · Exported 2026-11-22", date of updatedAt in UTC), then the body.
 * importRunbook reverses it exactly, so export → import → export is stable. Titles are plain text:
 * paired inline Markdown in one (`code`, *emphasis*, ~strike~, backslash escapes) reads back flattened.
 */
export function exportRunbook(runbook: { title: string; body: string; service?: string; revision: number; updatedAt: Date }): string {
  const service = collapse(runbook.service ?? "");
  const metadata = [
    ...(service ? [`Service: ${service}`] : []),
    `Revision ${runbook.revision}`,
    `Exported ${runbook.updatedAt.toISOString().slice(0, 10)}`,
  ].join(" · ");
  return `${[`# ${headingLine(runbook.title)}`, `> ${metadata}`, trimBlock(runbook.body)].filter(Boolean).join("\n\n")}\n`;
}

// Exactly the line exportRunbook writes; anything else in a leading blockquote is the author's.
const EXPORT_METADATA = /^> (?:Service: .+ · )?Revision \d+ · Exported \d{4}-\d{2}-\d{2}$/;

const isExportMetadata = (node: RootContent, source: string): boolean =>
  node.type === "blockquote" && EXPORT_METADATA.test(source.slice(startOf(node), endOf(node)));

/** "docs/harness-service_runbook.md" → "Harness service runbook". */
function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? "").split(/[\\/]/).pop() ?? "";
  const words = collapse(base.replace(/\.[^.]*$/, "").replace(/[-_]+/g, " "));
  return words ? clip(words.charAt(0).toUpperCase() + words.slice(1), MAX_TITLE_CHARS) : "Imported runbook";
}
