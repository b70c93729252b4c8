import type { Paragraph } from "mdast";
import { parseStatus } from "../clean";
import { nearestKind, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import { readEntry } from "./entry";
import { proseFieldPriority } from "./prose-fields";
import { clauseState } from "./state-remarks";
import { statusWordIn } from "../status-words";

// Pandoc / PHP Markdown Extra definition lists: a term on its own line, then one or more lines
// opening with ":" that define it ("Upgrade the driver\n: Priority: high. Status: done."). CommonMark
// runs them into one paragraph, so nothing was read. When the definitions give the terms a priority
// or a state as fields, the writer is listing work: each term is an item, its fields its priority
// and state, its other definition lines its description. A glossary's definitions carry no such
// fields, and stay notes.

const DEFINITION = /^ {0,3}:[ \t]+(\S.*)$/;
// Each definition line is a field of its own: "Status:" may open any of them, not only the first.
const STATUS_FIELD = /(?:^|\n|[.;]\s*)(?:status|state|estado|statut|stato|stan|durum|состояние|статус)\s*[:：]\s*([^.;\n]{1,40})/iu;

/** A paragraph written as "term" then ": definition" lines: the term and its definitions, else null. */
export function definitionOf(source: string): { term: string; definitions: string[] } | null {
  const lines = source.split("\n");
  if (lines.length < 2 || DEFINITION.test(lines[0]!)) return null;
  const definitions: string[] = [];
  for (const line of lines.slice(1)) {
    const m = line.match(DEFINITION);
    if (!m) return null;
    definitions.push(m[1]!.trim());
  }
  return { term: lines[0]!.trim(), definitions };
}

export function recogniseDefinitionEntry(paragraph: Paragraph, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics") return false;
  const read = definitionOf(sourceOf(paragraph, ctx.text));
  if (!read) return false;
  const all = read.definitions.join("\n");
  const priorityLabel = proseFieldPriority(all);
  const statusWords = all.match(STATUS_FIELD)?.[1];
  // "Status: erledigt (Dezember)", "Status: wartet auf …": the state word in any language of the vocabulary.
  const status = statusWords ? (parseStatus(statusWords.trim()) ?? clauseState(statusWords) ?? statusWordIn(statusWords.trim())) : null;
  if (!priorityLabel && !status) return false;
  const para = parseMarkdown(read.term).children[0];
  const entry = para?.type === "paragraph" ? readEntry(para, { people: ctx.people, legend: ctx.legend }) : null;
  if (!entry?.title) return false;
  const fielded = /^(?:\p{L}[\p{L} ]{0,20}:\s*[^.;]{1,40}[.;]?\s*)+$/u;
  addItem(ctx, {
    origin: "list",
    title: entry.title,
    priorityLabel,
    status: status ?? entry.status ?? sectionStatus(ctx) ?? "not_started",
    description: read.definitions.filter((d) => !fielded.test(d)).join("\n"),
    line: lineOf(paragraph),
  });
  ctx.shapes.add("definition-lists");
  return true;
}
