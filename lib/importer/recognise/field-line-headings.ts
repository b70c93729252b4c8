import type { Heading, RootContent } from "mdast";
import { cleanHeading, headingStatus, parseEffortHours, parseStatus } from "../clean";
import { nearestKind, sectionEffort, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { isOwnerField, isPriorityField, isSeverityField, isStatusField } from "../field-names";
import { lineOf, plainText, sourceOf } from "../markdown";
import { sectionFromHeading } from "../sections";
import { stateOnly, statusAroundDescription } from "../status-words";
import type { ItemStatus, ParsedChecklistEntry } from "../types";
import { fieldValuePriority, proseFieldPriority } from "./prose-fields";
import { sentencePriority } from "./priority-sentences";
import { fieldStackOf, propertyParagraph, trailingPropertyRun } from "./property-lines";
import { KEYED_TITLE, SPACED_KEY_TITLE } from "./records";
import { LEADING_STATE_MARK, markStatus } from "./state-marks";
import { readTitleLine } from "./title-parts";
import { stateThenWhere } from "./state-then-where";

// "### Drop the old image proxy" + a few lines of prose + "Priority: P2 · Size: S · Status: done ✅":
// a record written without bold labels, its fields on one plain line set apart by a middle dot, a
// bullet, a bar or a semicolon (or commas, when every part names its field). The heading is the
// title, the prose its description, the field line its priority, state, size and files. The line
// alone does not make a heading a task: it must sit under a work heading (a backlog, a priority),
// or the document must give two headings or more such a line (the way it writes its records).

const SEPARATORS = /\s+[·•|]\s+|;\s+/;
/** "Label: value", the label one to three words in any script. */
const LABELLED = /^([\p{L}][\p{L}\p{N} ]{0,24}?)\s*[:：]\s*(\S.*)$/u;
const FILES = /^(?:files?|paths?|dateien|archivos|fichiers|ficheiros|bestanden|ファイル|文件)$/iu;
const SIZE = /^(?:size|effort|estimate|est|points|story points|gr[öo]ß?e|tamaño|taille|tamanho|omvang|aufwand|esfuerzo)$/iu;

interface FieldLine {
  priorityLabel: string | null;
  status: ItemStatus | null;
  effortHours: number | null;
  files: string[];
  /** The fields that say nothing the item has a place for ("Size: M", "Owner: Li"), kept as description. */
  rest: string[];
}

function splitFields(line: string): string[] {
  const parts = line.split(SEPARATORS);
  if (parts.length > 1) return parts;
  // "Priority: P1, Status: open": commas set fields apart only when every part names its field.
  const commas = line.split(/,\s+/);
  return commas.length > 1 && commas.every((p) => LABELLED.test(p.trim())) ? commas : parts;
}

/** A plain line of labelled fields naming a priority, a severity or a status; null for anything else. */
export function readPlainFieldLine(line: string): FieldLine | null {
  const t = line.replace(/[*_]/g, "").trim();
  if (!t || !LABELLED.test(t)) return null;
  const out: FieldLine = { priorityLabel: null, status: null, effortHours: null, files: [], rest: [] };
  let known = false;
  for (const segment of splitFields(t)) {
    const m = segment.trim().match(LABELLED);
    if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
    const [label, value] = [m[1]!.trim(), m[2]!.trim()];
    if ((isPriorityField(label) || isSeverityField(label)) && label.split(/\s+/).length <= 2) {
      // "sofort (gesetzliche Pflicht …)": a horizon word opens the value too (recognise/prose-fields.ts).
      out.priorityLabel ??= fieldValuePriority(value);
      known = true;
    } else if (isStatusField(label) && label.split(/\s+/).length <= 2) {
      // A state said whole ("done ✅", "in progress (v2 done)") or opening the value; a longer account
      // ("concept ready, build starts in week 2") names no single state of the item.
      // "chiusa in sede di audit": the state, then where it happened (recognise/state-then-where.ts).
      const v = value.replace(/[✅✔✓☑]\uFE0F?/gu, " done ").trim();
      // "✅ Fixed on 12 May": a state mark opening the value is the state, whatever follows.
      const mark = value.match(LEADING_STATE_MARK)?.[1];
      // "Fixed in 3.14.2, verified by tester.": the state opening the value's first clause.
      out.status ??= (mark ? markStatus(mark) : null) ?? stateOnly(v) ?? statusAroundDescription(v) ?? (v.split(/\s+/).length <= 3 ? parseStatus(v) : null) ?? statusAroundDescription(v.split(/[,;]\s+/)[0]!) ?? stateThenWhere(v);
      known = true;
    } else if (FILES.test(label)) {
      for (const f of value.matchAll(/`([^`]+)`|([\w.-]+(?:\/[\w.-]+)+|[\w-]+\.[a-z0-9]{1,5}\b)/gi)) out.files.push((f[1] ?? f[2])!);
    } else {
      if (SIZE.test(label)) out.effortHours ??= parseEffortHours(value);
      else if (!isOwnerField(segment) && label.split(/\s+/).length > 2) return null;
      out.rest.push(segment.trim());
    }
  }
  return known ? out : null;
}

const PROSE = new Set<RootContent["type"]>(["paragraph", "blockquote", "code", "html", "thematicBreak"]);

/** The fields of a stack of "Label: value" lines, one field a line; null when none names a priority, severity or status. */
function readStack(lines: string[]): FieldLine | null {
  const out: FieldLine = { priorityLabel: null, status: null, effortHours: null, files: [], rest: [] };
  let known = false;
  for (const line of lines) {
    // One field a line: a separator inside the value ("Owner: Ana · Bo") is the value's.
    const fields = readPlainFieldLine(line.replace(/\s+[·•|]\s+|;\s+/g, ", "));
    if (!fields) {
      out.rest.push(line);
      continue;
    }
    known = true;
    out.priorityLabel ??= fields.priorityLabel;
    out.status ??= fields.status;
    out.effortHours ??= fields.effortHours;
    out.files.push(...fields.files);
    out.rest.push(...fields.rest);
  }
  return known ? out : null;
}

/** The body's field line: a stack of field lines opening it (recognise/property-lines.ts), else the last line of its last paragraph. */
function fieldLineOf(body: RootContent[], text: string): { fields: FieldLine; node: RootContent; before: string } | null {
  const stack = fieldStackOf(body, text);
  const stacked = stack ? readStack(stack.lines) : null;
  if (stack && stacked) return { fields: stacked, node: stack.node, before: "" };
  const last = [...body].reverse().find((n) => n.type === "paragraph");
  if (!last) return null;
  const lines = sourceOf(last, text).split("\n");
  // Fields one to a line, closing the body or opening it (recognise/property-lines.ts).
  const run = trailingPropertyRun(lines);
  const runFields = run ? readPlainFieldLine(run.joined) : null;
  if (run && runFields) return { fields: runFields, node: last, before: run.before.join("\n").trim() };
  const first = body.find((n) => n.type === "paragraph");
  const opening = first && first !== last ? propertyParagraph(sourceOf(first, text).split("\n")) : null;
  const openingFields = opening ? readPlainFieldLine(opening) : null;
  if (first && openingFields) return { fields: openingFields, node: first, before: "" };
  // "Status: **Blocked.** The SDK is late,\nso …": a lone paragraph opening with the field line, its sentence wrapped onto more lines.
  const wrapped = first === last && lines.length > 1 ? readPlainFieldLine(lines[0]!) : null;
  if (wrapped) return { fields: wrapped, node: last, before: lines.join("\n").trim() };
  const fields = readPlainFieldLine(lines.at(-1)!);
  return fields ? { fields, node: last, before: lines.slice(0, -1).join("\n").trim() } : null;
}

/** How many lines of the document are such field lines: two or more say the document writes its records this way. */
const counted = new WeakMap<ParseContext, number>();
function fieldLineCount(ctx: ParseContext): number {
  let n = counted.get(ctx);
  if (n === undefined) {
    n = 0;
    // Full-width colons too ("優先度：高").
    for (const line of ctx.text.split("\n")) if ((line.includes(":") || line.includes("：")) && readPlainFieldLine(line)) n++;
    counted.set(ctx, n);
  }
  return n;
}

export function recogniseFieldLineHeading(heading: Heading, body: RootContent[], ctx: ParseContext): boolean {
  // The low-confidence reading reads lists only, as the leaf-heading reader does (recognise/leaf-headings.ts).
  if (ctx.lowConfidence || heading.depth < 2 || body.length === 0 || !body.every((n) => PROSE.has(n.type))) return false;
  const found = fieldLineOf(body, ctx.text);
  if (!found) return false;
  // A paragraph opening with a bold line that is not a label ("**R-3 · Title**") is a record of its
  // own: the heading groups such records, it is not one.
  if (body.some((n) => n.type === "paragraph" && n.children[0]?.type === "strong" && !/[:：]\s*$/u.test(plainText(n.children[0])) && !/^[\s:：]/u.test(plainText(n.children[1] ?? { type: "text", value: "" })))) return false;
  // A heading opening with a ticket key ("sc-8813 Dead-letter queue for malformed events") names one
  // tracked thing: its closing word ("events", "topics") does not make it a section of notes.
  const own = SPACED_KEY_TITLE.test(plainText(heading).trim()) ? null : sectionFromHeading(heading).kind;
  if (own !== null && own !== "tasks") return false;
  if (nearestKind(ctx) !== "tasks" && fieldLineCount(ctx) < 2) return false;
  const raw = plainText(heading);
  // The heading's plain text has no emphasis left: an underscore inside a word is an identifier's
  // ("events_v2"), kept through the cleaning that strips markup from category names.
  const kept = cleanHeading(raw.replace(/(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu, "\u0005")).replace(/\u0005/g, "_");
  // "NW-04 — Title", "2.3: Title": a key before the title, as on a record heading (recognise/records.ts).
  const keyed = kept.match(KEYED_TITLE) ?? kept.match(SPACED_KEY_TITLE);
  const line = readTitleLine(keyed ? keyed[2]! : kept, ctx.people ?? new Set());
  if (!line.title) return false;
  const { fields } = found;
  const description = [
    line.notes.join(" · "),
    ...body.filter((n) => n.type !== "thematicBreak").map((n) => (n === found.node ? found.before : sourceOf(n, ctx.text))),
    fields.rest.join(" · "),
  ].filter(Boolean);
  const checklist: ParsedChecklistEntry[] = fields.files.map((f) => ({ kind: "file", text: f, done: false }));
  const status = fields.status ?? headingStatus(raw) ?? line.status ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("records");
  addItem(ctx, {
    origin: "record",
    key: keyed ? keyed[1]! : line.key,
    title: line.title,
    description: description.join("\n\n").trim(),
    // "Yüksek öncelikli, önce bakılmalı.": a short sentence of the prose ranks it (recognise/priority-sentences.ts).
    priorityLabel: fields.priorityLabel ?? line.priorityLabel ?? proseFieldPriority(found.before) ?? sentencePriority(description.join("\n")) ?? sentencePriority(sourceOf(found.node, ctx.text)) ?? sectionPriority(ctx),
    status,
    effortHours: fields.effortHours ?? line.effortHours ?? sectionEffort(ctx),
    checklist,
    line: lineOf(heading),
  });
  return true;
}
