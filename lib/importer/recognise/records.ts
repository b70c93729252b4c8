import { isFileName } from "./named-files";
import type { Heading, List, ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { parseEffortHours, parseSeverity, parseStatus, statusFromMark } from "../clean";
import { sectionPriority, sectionStatus, warn, type ParseContext, addItem } from "../context";
import { codeBlock, lineOf, plainText, sourceOf } from "../markdown";
import { parseImpact } from "../impact";
import { englishFieldName, isStatusField } from "../field-names";
import { findPriorityLabel } from "../priority";
import { isObjectiveHeading } from "./heading-roles";
import type { ChecklistKind, ParsedChecklistEntry, Priority } from "../types";
import { readTitleLine } from "./title-parts";
import { isQuestionBlock } from "./non-items";
import { recordHeadingMark } from "./record-heading-mark";
import { fieldValueStatus, LEADING_STATE_MARK } from "./state-marks";
import { withoutRecordKind } from "./record-kinds";
import { isDefinitionBlock } from "./definition-blocks";
import { describedRecordFields } from "./described-records";
import { riskFieldLevel } from "./risk-fields";

// `### P0-001: Title` records: a heading followed by bold-labelled fields (**Status:**, **Effort:**)
// and labelled lists (**Acceptance Criteria:**, **Action Items:**, **Files to Update:**).

// "A.5.24 — …": a standard's control number (ISO 27001 Annex A) keys its record as a ticket key does.
export const KEYED_TITLE = /^([A-Za-z0-9]*\d[A-Za-z0-9]*(?:[.\-_][A-Za-z0-9]+)*|[A-Za-z]+(?:[-_][A-Za-z0-9]+)+|[A-Z]{1,3}(?:\.\d{1,3}){1,4})\s*[:–—|]\s+(.+)$/;
/**
 * A ticket key then a space, opening a heading ("TD-01 Java 11 auf Java 21 heben"); Shortcut writes its
 * story ids in lower case ("sc-8812 Backfill job …"), a few letters and three digits or more.
 */
export const SPACED_KEY_TITLE = /^([A-Z][A-Z0-9]{0,9}-\d{1,6}|[a-z]{2,5}-\d{3,6})\s+(\S.*)$/;
const SCALAR_FIELDS = /^(status|state|priority|priority label|severity|effort|estimate|estimated effort|time estimate|owner|assignee|due|due date|impact)$/i;
const DESCRIPTION_FIELDS = /^(context|description|background|problem|summary|details|why|rationale|goal|objective)$/i;

export function checklistKindFor(label: string): ChecklistKind | null {
  const l = label.toLowerCase();
  if (/acceptance|definition of done|success criteria|done when|criteria/.test(l)) return "acceptance";
  if (/file|output file|deliverable file/.test(l)) return "file";
  if (/action|tasks?|steps|to-?dos?|sub-?tasks|implementation steps|checklist/.test(l)) return "action";
  return null;
}

/** `**Label:** value` lines of a paragraph, read from its source so line breaks are kept. */
export function fieldLines(paragraph: Paragraph, text: string): { label: string; value: string; more?: string }[] | null {
  const first = paragraph.children[0];
  if (!first || first.type !== "strong") return null;
  const fields: { label: string; value: string; more?: string }[] = [];
  // "**Rating:** High · **Status:** Open" / "**Owner:** Ana | **Due:** Fri": several labelled fields on one line, each after a dot or pipe.
  for (const line of sourceOf(paragraph, text).split("\n").flatMap((l) => l.split(/\s+[·|•]\s+(?=\*\*|__)/u))) {
    const m = line.match(/^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：]?\s*(.*?)\s*$/u);
    if (!m) {
      const last = fields[fields.length - 1];
      if (last) {
        last.value = `${last.value} ${line.trim()}`.trim();
        // The lines after a field's own line, apart: under a one-word field ("Status: Fixed") they are the record's prose.
        last.more = `${last.more ?? ""} ${line.trim()}`.trim();
      }
      continue;
    }
    fields.push({ label: englishFieldName(m[1]!), value: m[2]!.replace(/^[:：]\s*/u, "").trim() });
  }
  return fields;
}

/** Heading + body is a record if a field block (Status/Priority/Effort/…) opens the body. */
/** One `**Status:** In progress` line of a scalar field with a value (recognise/described-records.ts). */
function scalarLine(paragraph: Paragraph, text: string) {
  const lines = fieldLines(paragraph, text);
  return lines?.length === 1 && SCALAR_FIELDS.test(lines[0]!.label) && lines[0]!.value ? lines[0]! : null;
}

/** A leaf record with a sentence before its field list, or a single field (recognise/described-records.ts). */
const described = (body: RootContent[], text: string) =>
  describedRecordFields(body.filter((n) => n.type !== "thematicBreak" && n.type !== "html"), (p) => scalarLine(p, text), (p) => {
    const fields = fieldBlock(p, text);
    return fields?.some((f) => SCALAR_FIELDS.test(f.label) && f.value) ? fields : null;
  });

export function isRecord(heading: Heading, body: RootContent[], text: string): boolean {
  const first = body.find((n) => n.type !== "thematicBreak" && n.type !== "html");
  // "## Objective 1: …" over "**KR 1.1** …" lines groups key results and initiatives: a container, not a record.
  const fields = (first ? fieldBlock(first, text) : null) ?? described(body, text)?.fields ?? null;
  // "**Does it follow links?** No.": questions with answers are a FAQ (recognise/non-items.ts).
  // "## Glossary" + "**Term** – meaning" lines define words (recognise/definition-blocks.ts).
  return !!fields && !isQuestionBlock(fields.map((f) => f.label)) && !isDefinitionBlock(heading, fields.some((f) => SCALAR_FIELDS.test(f.label))) && plainText(heading).length > 0 && !isObjectiveHeading(plainText(heading)) && sectionFields(body, text) === null;
}

/**
 * `## Legacy cleanup` + `**Status:** Done` + a plain list: the fields describe the section, and its
 * items inherit them (issue 18, shape 13). A record's lists follow a label ("**Action Items:**").
 */
export function sectionFields(body: RootContent[], text: string): { label: string; value: string }[] | null {
  const [first, second] = body;
  if (!first || first.type !== "paragraph" || second?.type !== "list" || second.children.some((i) => i.checked === true || i.checked === false)) return null;
  // A record goes on with labelled parts (**Action Items:**, **Files:**); a section holds only its list.
  if (body.slice(2).some((n) => n.type === "paragraph" && n.children[0]?.type === "strong")) return null;
  const fields = fieldBlock(first, text);
  return fields && fields.every((f) => SCALAR_FIELDS.test(f.label) && f.value) ? fields : null;
}

/** List entries for a checklist, nested entries flattened in order; code inside goes to `code`. */
export function listEntries(list: List, kind: ChecklistKind, text: string, code: string[]): ParsedChecklistEntry[] {
  const out: ParsedChecklistEntry[] = [];
  const visit = (item: ListItem) => {
    const [first, ...rest] = item.children;
    if (first?.type === "paragraph") {
      const raw = plainText(first);
      const mark = item.checked === null || item.checked === undefined ? raw.match(/^\[([ xX~\-/!])\]\s+/) : null;
      const done = item.checked ?? (mark ? statusFromMark(mark[1]!) === "done" : false);
      const entry = mark ? raw.slice(mark[0].length) : raw;
      if (entry) out.push({ kind, text: entry, done });
    }
    for (const child of first?.type === "paragraph" ? rest : item.children) {
      if (child.type === "list") child.children.forEach(visit);
      else if (child.type === "code") code.push(codeBlock(child));
      else if (child.type === "paragraph" && out.length) out[out.length - 1]!.text += ` ${plainText(child)}`;
    }
  };
  list.children.forEach(visit);
  return out;
}

const FILE_FIELDS = /^(files?|location|path|where)$/i;

/** "\`src/pricing/vat.ts\`, line 12" → the file paths in a File/Location field. */
function filesIn(value: string): ParsedChecklistEntry[] {
  const paths = [...value.matchAll(/`([^`]+)`|([\w.-]+(?:\/[\w.-]+)+)/g)].map((m) => (m[1] ?? m[2])!).filter((p) => /[/.]/.test(p) || isFileName(p, true));
  return paths.map((text) => ({ kind: "file" as const, text, done: false }));
}

const PATH_LIKE = /[\w.-]+\/|\.[a-z0-9]{1,5}\b|^`[^`]+`$/i;

/** A paragraph made only of `**Label:** value` lines, at least one of them a scalar field (Status, Effort…). */
export function fieldBlock(node: RootContent, text: string) {
  if (node.type === "list") return fieldList(node, text);
  if (node.type !== "paragraph") return null;
  const fields = fieldLines(node, text);
  // A record is a heading followed by labelled fields, whatever the labels are (File / Problem / Fix):
  // one known scalar field, or two labelled lines with values.
  return fields && (fields.some((f) => SCALAR_FIELDS.test(f.label)) || fields.filter((f) => f.value).length >= 2) ? fields : null;
}

/** `- **Priority:** P1` / `- **Status:** Done` entries: the same field block written as a list. */
function fieldList(list: List, text: string) {
  const fields: { label: string; value: string; more?: string }[] = [];
  let prose = 0;
  for (const item of list.children) {
    const first = item.children[0];
    if (item.children.length !== 1 || first?.type !== "paragraph") return null;
    const lines = fieldLines(first, text);
    // "- Java 11 loses security updates in March." among the fields: a plain entry says what the record is about.
    if (!lines && !prose++) {
      fields.push({ label: "Description", value: plainText(first) });
      continue;
    }
    if (!lines || lines.length !== 1) return null;
    fields.push(lines[0]!);
  }
  // One plain entry at most, beside two fields or more.
  return fields.some((f) => SCALAR_FIELDS.test(f.label)) && fields.length - prose >= 2 ? fields : null;
}

/** `**Label:**` alone on its paragraph: the list or block that follows belongs to it. */
function labelOnly(node: RootContent, text: string): string | null {
  if (node.type !== "paragraph") return null;
  const fields = fieldLines(node, text);
  return fields?.length === 1 && !fields[0]!.value && !sourceOf(node, text).includes("\n") ? fields[0]!.label : null;
}

/**
 * A record heading's title without its trailing tags: "Add tracing 🔍 OBSERVABILITY" (an emoji and an
 * upper-case category tag) and "Credentials in DAG source — Critical" (a priority word).
 */
function recordTitle(text: string): { title: string; priorityLabel: string | null } {
  let title = text.trim().replace(/\s+\p{Extended_Pictographic}\uFE0F?(?:\s+[\p{Lu}\d&/ _-]+)?$/u, "");
  let priorityLabel: string | null = null;
  const tail = title.match(/\s+[—–-]\s+([^—–-]+)$/);
  const label = tail ? findPriorityLabel(tail[1]!) : null;
  if (tail && label && tail[1]!.trim().split(/\s+/).length <= 2) {
    priorityLabel = label;
    title = title.slice(0, tail.index);
  }
  return { title: title.trim(), priorityLabel };
}

export function recogniseRecord(heading: Heading, body: RootContent[], ctx: ParseContext) {
  // "### ✅ P0-001: Title": a leading state mark is the record's state (recognise/record-heading-mark.ts).
  const marked = recordHeadingMark(plainText(heading), ctx.legend);
  const headingText = marked.text;
  const numbered = headingText.match(/^(\d+)[.)]\s+(?=\S)/);
  // "P0-001: Title", or a ticket key then a space ("TD-01 Java 11 auf Java 21 heben", "sc-8812 Backfill …").
  const keyed = numbered ? null : (headingText.match(KEYED_TITLE) ?? headingText.match(SPACED_KEY_TITLE));
  // "Bet: Hermetic builds", "Initiative: …": the record's kind, not its name (recognise/record-kinds.ts).
  const split = recordTitle(withoutRecordKind(numbered ? headingText.slice(numbered[0].length) : keyed ? keyed[2]! : headingText));
  // "A11Y-01 · Form fields …", "Card: …", "… (est. 2d)": the other parts of the title line.
  const line = readTitleLine(split.title, ctx.people ?? new Set());
  const key = keyed ? keyed[1]! : line.key;
  const title = line.title;
  const description: string[] = line.notes.length ? [line.notes.join(" · ")] : [];
  const checklist: ParsedChecklistEntry[] = [];
  const code: string[] = [];
  const scalars = new Map<string, string>();
  let riskLevel: string | null = null;

  // Separators around a record (`---` between records) are layout; one inside its text is content.
  let start = 0;
  let end = body.length;
  while (start < end && body[start]!.type === "thematicBreak") start++;
  while (end > start && body[end - 1]!.type === "thematicBreak") end--;
  const nodes = body.slice(start, end);

  // The leading field block(s): **Status:**, **Severity:**, **Effort:** … (descriptive fields there too).
  // A sentence before them, or a lone field, reads as recognise/described-records.ts says.
  let i = 0;
  const prose = nodes[0] && fieldBlock(nodes[0], ctx.text) ? null : described(nodes, ctx.text);
  if (prose?.at === 1) description.push(sourceOf(nodes[0] as Nodes, ctx.text));
  if (prose) i = prose.at;
  for (let fields = prose?.fields ?? (nodes[0] && fieldBlock(nodes[0], ctx.text)); fields; fields = nodes[i] ? fieldBlock(nodes[i]!, ctx.text) : null) {
    for (const f of fields) {
      // "**Status:** ✅ Fixed\nParameterised the query in `search.py`.": a sentence on the lines after a
      // scalar field's line is the record's prose, not more of its state.
      if (SCALAR_FIELDS.test(f.label) && f.more && /^\p{Lu}/u.test(f.more)) {
        scalars.set(f.label.toLowerCase(), f.value.slice(0, f.value.length - f.more.length).trim());
        description.push(f.more);
      } else if (SCALAR_FIELDS.test(f.label)) scalars.set(f.label.toLowerCase(), f.value);
      // "**Retest status:** Fixed", "**Estado actual:** …": a qualified status field, kept in the description too.
      else if (isStatusField(f.label) && f.value && !scalars.has("qualified status")) {
        scalars.set("qualified status", f.value);
        description.push(`**${f.label}:** ${f.value}`);
      }
      else if (FILE_FIELDS.test(f.label) && f.value) checklist.push(...filesIn(f.value));
      // "**Ryzyko:** wysokie": a finding's risk level ranks it when nothing else does (recognise/risk-fields.ts).
      else if (riskFieldLevel(f.label, f.value)) {
        riskLevel ??= riskFieldLevel(f.label, f.value);
        description.push(`**${f.label}:** ${f.value}`);
      }
      else if (DESCRIPTION_FIELDS.test(f.label) && f.value) description.push(f.value);
      else if (f.value) description.push(`**${f.label}:** ${f.value}`);
    }
    i++;
  }

  let label: string | null = null;
  const flushLabel = () => {
    if (label) description.push(`**${label}:**`);
    label = null;
  };
  for (const node of nodes.slice(i)) {
    const nextLabel = labelOnly(node, ctx.text);
    if (nextLabel) {
      flushLabel();
      label = nextLabel;
      continue;
    }
    if (node.type === "list" && label) {
      const kind = checklistKindFor(label);
      if (kind) {
        const entries = listEntries(node, kind, ctx.text, code);
        if (kind === "file" && entries.some((e) => !PATH_LIKE.test(e.text))) warn(ctx, lineOf(node), `list under '${label}' read as file references`);
        checklist.push(...entries);
      } else {
        description.push((DESCRIPTION_FIELDS.test(label) ? "" : `**${label}:**\n`) + sourceOf(node, ctx.text));
      }
      label = null;
      continue;
    }
    const intro = label && !DESCRIPTION_FIELDS.test(label) ? `**${label}:**\n` : "";
    description.push(intro + sourceOf(node as Nodes, ctx.text));
    label = null;
  }
  flushLabel();

  const priorityField = scalars.get("priority");
  // Exported records say both: **Priority:** P2 and **Priority Label:** Priority 5 (the mapping was adjusted).
  const explicitLabel = scalars.get("priority label");
  const explicitPriority = priorityField && /^P[0-3]$/.test(priorityField.trim()) && explicitLabel ? (priorityField.trim() as Priority) : undefined;
  // A finding with a **Severity:** and no **Priority:** is prioritised by its severity (as a table's Severity column is).
  const severityPriority = scalars.get("severity") ? findPriorityLabel(scalars.get("severity")!) : null;
  const untriaged = priorityField !== undefined && /^untriaged$/i.test(priorityField.trim());
  const priorityLabel = untriaged
    ? (explicitLabel ?? null)
    : (explicitLabel ?? (priorityField ? (findPriorityLabel(priorityField) ?? priorityField) : null) ?? (key ? findPriorityLabel(key) : null) ?? split.priorityLabel ?? line.priorityLabel ?? severityPriority ?? riskLevel ?? sectionPriority(ctx));
  const statusField = scalars.get("status") ?? scalars.get("state") ?? scalars.get("qualified status");
  // "🟡 at risk (…)", "🟢 on track": a status report's mark and colour words (recognise/state-marks.ts).
  // A value opening with a mark is read by its words before any remark ("🟡 at risk (quota pending)").
  const fieldStatus = !statusField ? null : LEADING_STATE_MARK.test(statusField.trim()) ? (fieldValueStatus(statusField, ctx.legend) ?? parseStatus(statusField)) : (parseStatus(statusField) ?? fieldValueStatus(statusField, ctx.legend));
  const status = fieldStatus ?? marked.status ?? sectionStatus(ctx) ?? "not_started";
  const effortText = scalars.get("effort") ?? scalars.get("estimate") ?? scalars.get("estimated effort") ?? scalars.get("time estimate");
  const severityText = scalars.get("severity");
  const impactText = scalars.get("impact");
  const statedImpact = impactText ? parseImpact(impactText) : null;
  if (impactText && statedImpact === null) warn(ctx, lineOf(heading), `impact '${impactText}' not understood (use 1–5 or Critical/High/Medium/Low); left for the severity to propose`);
  if (statusField && !fieldStatus) warn(ctx, lineOf(heading), `status '${statusField}' not understood; read as not started`);

  // A finding rated only informational whose text says nothing needs doing is good news, not work (README: not items).
  if (!statusField && severityText && /^\W*(?:info|informational|none|note)\W*$/i.test(severityText) && /\bno (?:further )?action\b/i.test(description.join(" "))) return;
  ctx.shapes.add("records");
  addItem(ctx, {
    origin: "record",
    explicitPriority: untriaged ? null : explicitPriority,
    key,
    title,
    description: [...description, ...code].join("\n\n").trim(),
    priorityLabel,
    status,
    severity: severityText ? parseSeverity(severityText) : null,
    effortHours: effortText ? parseEffortHours(effortText) : line.effortHours,
    statedImpact,
    checklist,
    line: lineOf(heading),
  });
}
