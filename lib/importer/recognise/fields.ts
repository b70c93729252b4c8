import { parseEffortHours, parseStatus } from "../clean";
import { isOwnerField, isPriorityField, isStatusField } from "../field-names";
import { findPriorityLabel, PRIORITY_SOURCES } from "../priority";
import type { ItemStatus } from "../types";
import { isVersionBump } from "./remark-parens";
import { remarkIsTitle } from "./fields-first";
import { joinsRange } from "./date-ranges";

// A list line written as fields: "Offline queue: persist mutations · Urgent · @yuki",
// "Fix login | High | In review | 3d", "Rotate keys — P1 — @sam". Trackers copy issues out this way.
// A careful reader takes the one segment that says what to do as the title and reads every other
// segment by what it is: a priority word, a state, a person, an estimate, a date or a label.
// A dash or a semicolon is also ordinary punctuation inside a sentence, so those split a line only
// when every segment after the title is such a field; "·", "•" and " | " always separate fields.

export interface LineFields {
  title: string;
  priorityLabel: string | null;
  /** "No priority" said outright: the line has a priority field, and it is empty. */
  noPriority: boolean;
  status: ItemStatus | null;
  owner: string | null;
  effortHours: number | null;
  /** What follows the fields after a dash ("· Medium — decided to stay on X"): a remark. */
  remark: string;
}

const ALWAYS = /\s+[·•|]\s+/;
// "——" (two em dashes, with or without spaces) is how Chinese sets a remark or a field apart.
const SOMETIMES = /\s+[—–]\s+|\s*——\s*|;\s+/;
const PERSON = /^(?:(?:owner|assignee|assigned to|lead|dri)\s*:?\s*)?@?(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?)$|^@([\w.-]+)$/u;
const MENTION = /^(?:(?:owner|assignee|assigned to|lead|dri)\s*:?\s*)?@([\w.-]+)$|^(?:owner|assignee|assigned to|lead|dri)\s*:?\s*(\p{L}[\p{L}.' -]*)$/iu;
const ESTIMATE = /^(?:est(?:imate)?\.?\s*:?\s*)?~?\d+(?:[.,]\d+)?(?:\s*(?:[-–]|to)\s*\d+(?:[.,]\d+)?)?\s*(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|pts?|points?|sp)$|^(?:estimate|est\.?|pts?|points?|story points|sp|pointi|punkte?|punkty|puntos?|pontos?|punti|poäng|poeng|point|pisteet?|bodů)\s*:?\s*\d{1,3}(?:[.,]\d)?$/i;
// "ASAP", "EOW", "end of month": a due date said in words is a date slot, not a priority.
const DATE = /^(?:(?:due|by|eta|until|target)\s*:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?(?:\s+\d{4})?|(?:mon|tue|wed|thu|fri|sat|sun)\w*|today|tomorrow|next week|Q[1-4](?:\s+\d{4})?|asap|eod|eow|end of (?:the )?(?:day|week|month))$/i;
const LABEL = /^(?:#[\w-]+|[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?|`[^`]+`|[\u0003][^\u0004]*[\u0004])$/;
const STATE_FIELD = /^(?:status\s*:?\s*)?(.+)$/i;

/** A flag before a priority word ("🚩 Urgent", "⚑ High"): trackers draw the priority field as a flag. */
const FLAG = /^(?:🚩|⚑|🏁|🏳️?|🏴)\uFE0F?\s*/u;
/** "Assignee: IT (Bruno)", "Due: next sprint": a segment that names its field says what it is, whatever its value. */
const OWNER_LABELLED = /^(?:owner|assignee|assigned to|lead|dri)\s*:\s*(\S.{0,40})$/i;
const DATE_LABELLED = /^(?:due(?: date)?|deadline|eta|target date|start date)\s*:?\s+\S.{0,30}$/i;

type Field = { kind: "priority"; label: string | null } | { kind: "status"; status: ItemStatus } | { kind: "owner"; name: string } | { kind: "estimate"; hours: number | null } | { kind: "date" } | { kind: "label" };

/** What one short segment is, or null when it is a phrase (a title or a remark). */
const WORDED_PRIORITY = new RegExp(`^(?:${PRIORITY_SOURCES.noun})\\s*[:：]?\\s*\\S+$|^\\S+\\s+(?:${PRIORITY_SOURCES.noun})$`, "iu");

function fieldOf(segment: string): Field | null {
  const s = segment.replace(/[\u0001\u0002]/g, "").trim().replace(FLAG, "");
  if (!s) return null;
  const labelledOwner = s.match(OWNER_LABELLED);
  if (labelledOwner) return { kind: "owner", name: labelledOwner[1]!.trim() };
  // "负责人：刘洋", "担当：鈴木", "Responsável: Ana": an owner labelled in any language of the vocabulary.
  if (isOwnerField(s)) return { kind: "owner", name: s.replace(/^[^:：]*[:：]\s*/u, "").trim() };
  if (DATE_LABELLED.test(s)) return { kind: "date" };
  if (s.split(/\s+/).length > 4) return null;
  if (/^no priority$/i.test(s)) return { kind: "priority", label: null };
  // "High", "priority: high", "prioridade alta", "Priorität hoch": a level, with the noun in any language.
  const priority = /^(?:priority\s*:?\s*)?\S+(?:\s+priority)?$/i.test(s) || WORDED_PRIORITY.test(s) ? findPriorityLabel(s) : null;
  if (priority) return { kind: "priority", label: priority };
  const words = s.match(STATE_FIELD)![1]!;
  const status = words.split(/\s+/).length <= 3 ? parseStatus(words) : null;
  // "Todo", "In review", "Done": a state word, not a lower-case label that happens to contain one.
  if (status && /^(?:status\s*:?\s*)?(?:to ?do|done|in (?:progress|review)|wip|blocked|backlog|open|closed|canceled|cancelled|won'?t do|not started|doing|ready|shipped|merged|triage|todo|in qa|qa|review|on hold|duplicate)$/i.test(s)) {
    return { kind: "status", status };
  }
  const mention = s.match(MENTION);
  if (mention) return { kind: "owner", name: mention[1] ? `@${mention[1].trim()}` : mention[2]!.trim() };
  if (ESTIMATE.test(s)) return { kind: "estimate", hours: parseEffortHours(s) };
  // "24/7" is round the clock, not a day and month.
  if (DATE.test(s) && s !== "24/7") return { kind: "date" };
  if (LABEL.test(s)) return { kind: "label" };
  return null;
}

/** What one short segment is as a field ("High", "18 mar", "@sam", "3 pts"), or null when it is a phrase. */
export const segmentField = (segment: string) => fieldOf(segment);

/** A bare capitalised name ("Yuki", "Ana Lopes") is an owner only beside other fields, never alone. */
// A handle keeps its "@" ("@kdoe"), as the document wrote it; a name is the name.
const personOf = (segment: string) => {
  const m = segment.trim().match(PERSON);
  return m ? (m[1] ?? (m[2] ? `@${m[2]}` : null)) : null;
};

/**
 * The fields of a list line, or null when it is not written as fields. The title is the first
 * segment that is a phrase; everything else must read as a field (the last may end in a remark).
 */
/** Splits on a separator outside code spans ("Support `a | b` syntax" is one segment). */
function splitOutsideCode(text: string, separator: RegExp): string[] {
  const masked = text.replace(/\u0003[^\u0004]*\u0004/g, (code) => "\u0005".repeat(code.length));
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(new RegExp(separator.source, "g"))) {
    // "Nov 29 – Dec 3": a dash joining two dates is one phrase (recognise/date-ranges.ts).
    if (/[—–]/.test(m[0]) && joinsRange(masked, m.index!, m.index! + m[0].length)) continue;
    out.push(text.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

export function readLineFields(text: string, keyed = false): LineFields | null {
  let segments = splitOutsideCode(text, ALWAYS);
  const always = segments.length > 1;
  if (!always) {
    segments = splitOutsideCode(text, SOMETIMES);
    if (segments.length < 2) return null;
  }
  let remark = "";
  // "· Medium — decided to stay on React Navigation": the last field then a remark after a dash.
  const last = segments.at(-1)!;
  const dash = last.match(/^(.*?)\s+[—–]\s+(.+)$/);
  if (always && dash && fieldOf(dash[1]!)) {
    segments[segments.length - 1] = dash[1]!;
    remark = dash[2]!;
  }
  const fields = segments.map(fieldOf);
  // "sc-8812 · feature · 3 pts — Support partial refunds": a tracker's story copied fields first (key,
  // type, points), then the title after a dash; the phrase after the fields is the title (recognise/fields-first.ts).
  if (remark && remarkIsTitle(segments, fields.every(Boolean), remark, keyed)) {
    segments.push(remark);
    fields.push(null);
    remark = "";
  }
  // The first phrase is the title; a line of nothing but short words keeps its first as the title.
  const phrase = fields.findIndex((f) => f === null);
  const titleAt = phrase < 0 ? 0 : phrase;
  const read: Field[] = [];
  let bareNames = 0;
  for (const [i, segment] of segments.entries()) {
    if (i === titleAt) continue;
    const name = fields[i] ? null : personOf(segment);
    const field = fields[i] ?? (name ? ({ kind: "owner", name } as const) : null);
    if (!field) return null;
    if (name) bareNames++;
    read.push(field);
  }
  // Without "·" or "|", a field must say more than a label or a bare name: "Use X — fast; cheap" and
  // "Rewrite the API — GraphQL" are sentences.
  if (!always && read.filter((f) => f.kind !== "label").length <= bareNames) return null;
  const title = segments[titleAt]!.trim();
  const out: LineFields = { title, priorityLabel: null, noPriority: false, status: null, owner: null, effortHours: null, remark };
  for (const f of read) {
    if (f.kind === "priority") {
      out.priorityLabel ??= f.label;
      out.noPriority ||= f.label === null;
    } else if (f.kind === "status") out.status ??= f.status;
    else if (f.kind === "owner") out.owner ??= f.name;
    else if (f.kind === "estimate") out.effortHours ??= f.hours;
  }
  return out;
}

/**
 * "Remove the loader (Priya, 3d)", "Add propagation (est. 2d)", "(High, @sam)": a trailing
 * parenthesis whose every part is a field is the entry's fields, not its title. A bare name counts
 * only beside another field ("(Priya, 3d)"); a measure or a phrase ("(≈ 60 KB)", "(PR open)") is
 * left to the title's reader.
 */
export function readParenFields(text: string): (LineFields & { said: string }) | null {
  const m = text.match(/\s*\(([^()]+)\)\s*$/);
  if (!m || m.index! === 0 || isVersionBump(text.slice(0, m.index), m[1]!)) return null;
  const parts = m[1]!.split(/\s*[,;]\s*/);
  const read: Field[] = [];
  let bareNames = 0;
  for (const part of parts) {
    const name = fieldOf(part) ? null : personOf(part);
    const field = fieldOf(part) ?? (name ? ({ kind: "owner", name } as const) : null);
    if (!field) return null;
    if (name) bareNames++;
    read.push(field);
  }
  if (read.filter((f) => f.kind !== "label").length <= bareNames) return null;
  const out: LineFields & { said: string } = { title: text.slice(0, m.index).trim(), priorityLabel: null, noPriority: false, status: null, owner: null, effortHours: null, remark: "", said: m[0].trim() };
  for (const f of read) {
    if (f.kind === "priority") out.priorityLabel ??= f.label;
    else if (f.kind === "status") out.status ??= f.status;
    else if (f.kind === "owner") out.owner ??= f.name;
    else if (f.kind === "estimate") out.effortHours ??= f.hours;
  }
  return out;
}

/**
 * Task-plugin signifiers closing a line ("… ⏫ 📅 2026-12-03", "… 🔼 ✅ 2026-12-02"): a priority
 * arrow (🔺 highest, ⏫ high, 🔼 medium, 🔽 low, ⏬ lowest) and dated marks (📅 due, ⏳ scheduled,
 * 🛫 start, ➕ created, ✅ done on, ❌ cancelled on). A reader who knows the notation reads each
 * mark as its field; none of them is part of the title.
 */
const ARROWS: Record<string, string> = { "🔺": "Highest", "⏫": "High", "🔼": "Medium", "🔽": "Low", "⏬": "Lowest" };
// A note's tags ("#backup", "#home/net") sit among the signifiers in the same notation; they classify, they do not name.
const SIGNIFIER = /\s*(?:([🔺⏫🔼🔽⏬])|([📅⏳🛫➕✅❌])\uFE0F?\s*(\d{4}-\d{2}-\d{2})|🔁\uFE0F?\s*every\s+[\w ]+?|(?<=\s)#\p{L}[\p{L}\p{N}_/-]*)\uFE0F?\s*$/u;

export function readTaskSignifiers(text: string): { title: string; priorityLabel: string | null; status: ItemStatus | null; said: string } | null {
  let title = text;
  let priorityLabel: string | null = null;
  let status: ItemStatus | null = null;
  let dated = false;
  const said: string[] = [];
  for (let m = title.match(SIGNIFIER); m && m.index! > 0; m = title.match(SIGNIFIER)) {
    if (m[1]) priorityLabel ??= ARROWS[m[1]]!;
    if (m[2]) dated = true;
    if (m[2] === "✅") status ??= "done";
    if (m[2] === "❌") status ??= "wont_do";
    said.unshift(m[0].trim());
    title = title.slice(0, m.index);
  }
  // A lone arrow with no dated mark is read by the title's emoji rule; the notation shows itself by its dates or arrows.
  if (!said.length || (!dated && !priorityLabel)) return null;
  return { title: title.trim(), priorityLabel, status, said: said.join(" ") };
}

/**
 * A line of labelled fields under an entry's title ("Priority: High · Owner: Oskar", "Prioritet: Hög ·
 * Status: pågår"): every segment names its field, so the line is the entry's fields, not more title.
 * A segment is known by its label, in any language of the vocabulary, wherever it stands.
 */
export interface FieldLine {
  priorityLabel: string | null;
  status: ItemStatus | null;
  owner: string | null;
}

const LABELLED = /^([\p{L}][\p{L} ]{0,24}?)\s*[:：]\s*(\S.*)$/u;
// Tracker fields that say when or where, not what: "Fix version: 5.0", "Affects versions", "Reporter", "Resolution".
// Due-date labels of To Do apps in other languages ("Data limite", "Fecha de vencimiento", "Fällig am") are when too.
const OTHER_FIELD = /^(?:due(?: date)?|deadline|data limite|prazo|vencimento|data de vencimento|fecha límite|fecha de vencimiento|vencimiento|échéance|date d'échéance|fällig(?: am)?|fälligkeit|fälligkeitsdatum|scadenza|data di scadenza|vervaldatum|förfallodatum|forfaldsdato|forfallsdato|termin|termín|eta|estimate|effort|size|labels?|tags?|type|sprint|milestone|components?|area|team|points|story points|(?:fix|affects?|target) versions?|versions?|release|reporter|resolution|created|updated|epic)$/i;

// "Due: 2027-01-31 · Assignee: Ahmed · ✔ Completed": Asana's export closes the line with the task's
// state, unlabelled — a done mark, a state word, or both.
const CLOSING_STATE = /^(?:[✅✓☑✔]\uFE0F?\s*)?(\p{L}[\p{L} ]{0,20})?$/u;
const TICK = /^[✅✓☑✔]/u;

export function readFieldLine(line: string): FieldLine | null {
  const segments = splitOutsideCode(line.replace(/[\u0001\u0002*_]/g, "").trim(), /\s+[·•|]\s+|;\s+/);
  const out: FieldLine = { priorityLabel: null, status: null, owner: null };
  for (const [i, segment] of segments.entries()) {
    const m = segment.trim().match(LABELLED);
    const state = !m && i > 0 && i === segments.length - 1 ? segment.trim().match(CLOSING_STATE) : null;
    if (state && (state[1] ? parseStatus(state[1]) : TICK.test(segment.trim()) ? "done" : null)) {
      out.status ??= state[1] ? parseStatus(state[1]) : "done";
      continue;
    }
    if (!m) return null;
    const [label, value] = [m[1]!.trim(), m[2]!.trim()];
    if (isPriorityField(label) && label.split(/\s+/).length <= 2) out.priorityLabel ??= findPriorityLabel(value) ?? (/^[0-9]$/.test(value) ? `Priority ${value}` : null);
    else if (isStatusField(label) && label.split(/\s+/).length <= 2) out.status ??= parseStatus(value);
    else if (isOwnerField(segment)) out.owner ??= value;
    else if (!OTHER_FIELD.test(label)) return null;
  }
  return out;
}
