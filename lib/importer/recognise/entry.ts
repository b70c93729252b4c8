import { readBareFieldLine } from "./bare-field-lines";
import { closingWait } from "./closing-waits";
import { isKoreanActionTail } from "./korean-action-tails";
import { isAttentionLabel } from "./attention-labels";
import { leadingCjkLevel } from "./cjk-bracket-levels";
import { currentShareProgress } from "./progress-parens";
import { asksToDo } from "./dash-asks";
import { isDashRemark, keptClauseState } from "./dash-remarks";
import { specifiesWork } from "./dash-bounds";
import { keyedArrow } from "./arrow-marks";
import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseStatus, WORD_MARK } from "../clean";
import { findPriorityLabel, leadingPriority, NO_PRIORITY_HEADING, PRIORITY_MARK_CHARS, PRIORITY_SOURCES } from "../priority";
import { statusAroundDescription, struckOutcome, trailingState } from "../status-words";
import { labelledPriority, stateThenDate } from "./description-fields";
import type { ItemStatus } from "../types";
import { readDashParts } from "./dash-parts";
import { readFieldLine, readLineFields, readParenFields, readTaskSignifiers } from "./fields";
import { prioritySegment } from "./priority-segments";
import { closingPriority } from "./closing-priority";
import { labelFields } from "./label-priority";
import { dashedPriority, priorityThenRemark } from "./priority-dash";
import { leadingPLevel, leadingPriorityTag } from "./priority-tags";
import { readSlashFields } from "./slash-fields";
import { isVersionBump } from "./remark-parens";
import { statesExtent } from "./extent-clauses";
import { leadingStateLabel } from "./state-labels";
import { leadingNotApplicable } from "./na-marks";
import { leadingLegendDash } from "./legend-dashes";
import { trailingNoteLines } from "./wrapped-notes";
import { LEADING_STATE_MARK, markStatus } from "./state-marks";
import { readTitleHead, readTitleTail } from "./title-parts";
import { CODE_CLOSE, CODE_OPEN, leadingTypeLabel, trailingLabels } from "./label-spans";
import { progressDash } from "./progress-dashes";

// One list entry's first paragraph → key, clean title, description, status and priority, the way a
// careful reader splits `- [x] **Cache layer** - add an LRU` or `- ✅ **Sidecar**: shipped` or
// `- [ ] #482 Crash on empty config \`bug\` \`P1\`` (issue 18, shapes 1, 10, 13).

const BOLD_OPEN = "\u0001";
const BOLD_CLOSE = "\u0002";
const MARK = /^\[([ xX~\-/!>.✓✔])\]\s+/;
const STATUS_SYMBOL = LEADING_STATE_MARK;
const DOTTED_KEY = /^(\d+(?:\.\d+)+)\s+(?=\S)/;
const HASH_KEY = /^#(\d+)\s+(?=\S)/;
/** "**#4410** Upgrade …": an issue number set in bold opens the line as its key; the title follows it. */
const BOLD_HASH_KEY = new RegExp(`^${BOLD_OPEN}#(\\d+)${BOLD_CLOSE}\\s*[:–—-]?\\s*(?=\\S)`);
const TICKET_KEY = new RegExp(`^${BOLD_OPEN}?([A-Z][A-Z0-9]{1,9}-\\d+)${BOLD_CLOSE}?\\s*[:–—-]?\\s+`);
// "(High)", "(alta)", "（優先度：高）", "[Prioriteit: hoog]": a priority in brackets, in any language of the vocabulary.
const { noun: NOUN, level: LEVEL, cjk: CJK_PRIORITY } = PRIORITY_SOURCES;
/** "Priority: high" inside a trailing tag: the noun before the level (built once, a large pattern). */
const LEADING_NOUN = new RegExp(`^(?:${NOUN})\\s*[:：]?\\s*`, "iu");
const INLINE_PRIORITY = new RegExp(`\\s*[[(（](P\\d{1,2}|P-[0-4]|(?:${NOUN})\\s*[:：]\\s*(?:${LEVEL})|(?:${LEVEL})|${CJK_PRIORITY})[\\])）]\\s*`, "iu");
/** "Drop the module — prioridad baja", "— priority: high": a trailing priority phrase after a dash. */
// The level may be two words ("ưu tiên trung bình", "prioridad muy alta").
const TRAILING_PRIORITY = new RegExp(`\\s+[—–-]\\s+((?:${NOUN})\\s*[:：]?\\s*(?:${LEVEL}|\\p{L}+(?:\\s\\p{L}+)?)|\\p{L}+\\s+(?:${NOUN}))\\s*$`, "iu");
const SEPARATOR = /^\s*(?:[-–—:|·]\s*)+/;
/** A status said right after the title: "✅ COMPLETED", "- IN PROGRESS", "(blocked: …)", ": shipped in …", "fixed after …". */
const STATUS_WORDS: [RegExp, ItemStatus][] = [
  [/^(?:[✅✓☑✔]\uFE0F?\s*)?(?:completed?|done|shipped|fixed|finished|erledigt|fait|terminé|hecho|terminado)(?![\p{L}])/iu, "done"],
  [/^(?:🚧\s*)?(?:in[ -]progress|wip|ongoing|in review|in beta|en cours|en curso|in arbeit)(?![\p{L}])/iu, "in_progress"],
  [/^(?:⛔\s*)?(?:blocked|waiting on)\b/iu, "blocked"],
  [/^(?:❌\s*)?(?:won'?t do|skipped|cancell?ed|dropped|not doing)\b/iu, "wont_do"],
];
/** A trailing status on a title without bold: "Ship it - DONE", "Ship it -- done" (a typed dash), "Ship it ✅", "Ship it 🚧 In progress". */
const TRAILING_STATUS =
  /\s*(?:(?:-{2,3}|[-–—:|])\s*)?(?:([✅✓☑✔🚧❌⛔])\uFE0F?\s*)?(?:\b(completed?|done|shipped|in progress|wip|blocked|won'?t do|skipped|fait|terminé|hecho|erledigt))?\s*$/iu;

export interface Entry {
  key: string | null;
  title: string;
  description: string;
  status: ItemStatus | null;
  priorityLabel: string | null;
  /** A priority said by a run of marks ("🔥🔥", "(!!!)"), resolved through the document's key. */
  priorityMark?: string;
  /** The entry's opening words are struck through ("~~Drop IE11~~ — not needed"). */
  struck?: boolean;
  /** An estimate the line gives in a remark ("(est. 2d)", "(Priya, 3d)"). */
  effortHours?: number | null;
}

const NO_ONE: ReadonlySet<string> = new Set();

// "~~★★ Færa lykilorð …~~ – búið": the marks may open a struck or bold title; its opening mark stays.
const LEADING_MARKS = new RegExp(`^(\u0001?)((?:[${PRIORITY_MARK_CHARS}]\\uFE0F?)+)\\s+`, "u");
const TRAILING_MARKS = /\s*\((!{1,5})\)\s*$/;

/**
 * The first node with words: a struck-through opening after "✅ " still opens the entry, and so does one
 * after a bold tag ("**P3** ~~Replace the bulb~~ done": the tag is read as the entry's priority).
 */
const opening = (children: PhrasingContent[]) => {
  const i = children.findIndex((c) => !(c.type === "text" && /^[^\p{L}\p{N}]*$/u.test(c.value)));
  const [node, gap, then] = [children[i], children[i + 1], children[i + 2]];
  return node?.type === "strong" && gap?.type === "text" && /^\s+$/u.test(gap.value) && then?.type === "delete" ? then : node;
};

function serialise(children: PhrasingContent[]): string {
  const first = opening(children);
  return children
    // A struck-through opening ("~~Remove moment.js~~ replaced by …") is a title like a bold one.
    .map((c) => (c.type === "strong" || (c.type === "delete" && c === first) ? `${BOLD_OPEN}${toString(c)}${BOLD_CLOSE}` : c.type === "inlineCode" ? `${CODE_OPEN}${c.value}${CODE_CLOSE}` : toString(c)))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first match of a global pattern that stands outside any parenthesis of the text. */
function dashOutsideParens(text: string, pattern: RegExp): RegExpMatchArray | null {
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(0, m.index);
    if ((before.match(/[(（]/g)?.length ?? 0) <= (before.match(/[)）]/g)?.length ?? 0)) return m;
  }
  return null;
}

/** A label that is only a severity code: "sev1", "S2", "SEV-3". */
const SEVERITY_LABEL = /^(?:s|sev)[-\s]?[0-9]$/i;

const unmark = (t: string) => t.replace(/[\u0001-\u0004]/g, "").replace(/\s+/g, " ").trim();

function statusOf(rest: string, legend?: Map<string, ItemStatus>): ItemStatus | null {
  const t = rest.replace(/^[([]\s*/, "");
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(t)) return status;
  const symbol = t.match(STATUS_SYMBOL)?.[1];
  return symbol ? markStatus(symbol, legend) : null;
}

/** A label alone on a line ("Passos:", "Steps:", "Teilaufgaben:"): one to three words and a colon. */
const CHECKLIST_LABEL = /^\p{L}[\p{L}-]{0,20}(?: \p{L}[\p{L}-]{0,20}){0,2}[:：]$/u;

/** The entry's last line when it is a line of labelled fields, and the serialised entry before it. */
function trailingFieldLine(paragraph: Paragraph, serialised: string) {
  const lines = toString(paragraph).split("\n");
  // "Passos:", "Steps:" closing the entry: the label of its nested checklist, said after its fields.
  const label = lines.length >= 3 ? (lines.at(-1)!.trim().match(CHECKLIST_LABEL)?.[0] ?? "") : "";
  const own = label ? lines.slice(0, -1) : lines;
  if (own.length < 2) return null;
  const last = own.at(-1)!.replace(/\s+/g, " ").trim();
  const written = label && serialised.endsWith(label) ? serialised.slice(0, -label.length).trim() : serialised;
  // "Priority 1 · 18 mar · @legal": a task app's unlabelled field line (recognise/bare-field-lines.ts).
  const fields = readFieldLine(last) ?? readBareFieldLine(last);
  if (!fields || !written.endsWith(last)) return null;
  return { ...fields, before: written.slice(0, -last.length).trim(), said: [last, label].filter(Boolean).join(" ") };
}

/** What the document says around its entries: the names it uses for people (lib/importer/people.ts),
 * so an owner part is told from title text, and its own meaning of state marks (recognise/state-marks.ts). */
export interface EntryContext {
  people?: ReadonlySet<string>;
  legend?: Map<string, ItemStatus>;
  /** The document's key of priority marks (priority.ts priorityMarksOf). */
  priorityMarks?: Map<string, string | null>;
}

export function readEntry(paragraph: Paragraph, { people = NO_ONE, legend, priorityMarks }: EntryContext = {}): Entry {
  let s = serialise(paragraph.children).replace(MARK, "");
  // "Priority: High · Owner: Oskar" on the entry's last line: its fields (recognise/fields.ts).
  const fieldLine = trailingFieldLine(paragraph, s);
  if (fieldLine) s = fieldLine.before;
  // "Test the link.\n   Bart is on it.": a note under the entry's first sentence (recognise/wrapped-notes.ts).
  const noted = fieldLine ? null : trailingNoteLines(paragraph, s);
  if (noted) s = noted.before;
  let status: ItemStatus | null = null;
  const word = s.match(WORD_MARK);
  if (word) {
    status = parseStatus(word[1]!);
    s = s.slice(word[0].length);
  }
  // "**Blocked:** VPC peering …": a state label opens the line, the work follows (recognise/state-labels.ts).
  const stateLabel = status ? null : leadingStateLabel(s);
  if (stateLabel) [status, s] = [stateLabel.status, stateLabel.rest];
  let priorityMark: string | undefined;
  const symbol = s.match(STATUS_SYMBOL);
  if (symbol) {
    // "🔴 …" under "Severity key: 🔴 critical · 🟠 important": the document's key makes the mark a priority.
    const ranked = !legend?.has(symbol[1]!) && priorityMarks?.get(symbol[1]!);
    if (ranked) priorityMark = symbol[1]!;
    else status = markStatus(symbol[1]!, legend);
    s = s.slice(symbol[0].length);
    // "✔ 🔴 …", "⛔ 🟠 …": a state mark, then a mark the document's key ranks — the entry's state and its priority.
    const second = priorityMark ? null : s.match(STATUS_SYMBOL);
    if (second && !legend?.has(second[1]!) && priorityMarks?.get(second[1]!)) {
      priorityMark = second[1]!;
      s = s.slice(second[0].length);
    }
  }
  // "— English UI" under a legend's "— = n/a" (recognise/legend-dashes.ts).
  // "N/A Feature flags for risky paths": the letters in a mark's place (recognise/na-marks.ts).
  const dash = symbol ? null : (leadingLegendDash(s, legend) ?? leadingNotApplicable(s));
  if (dash) [status, s] = [dash.status, dash.rest];
  const leadingMarks = s.match(LEADING_MARKS);
  if (leadingMarks && new Set([...leadingMarks[2]!.replace(/\uFE0F/g, "")]).size === 1) {
    priorityMark = leadingMarks[2]!;
    s = leadingMarks[1]! + s.slice(leadingMarks[0].length);
  }
  // "⬇️ Split the class", "Coupon applies twice ⬆️": an arrow the document's key ranks (recognise/arrow-marks.ts).
  const arrow = priorityMark ? null : keyedArrow(s, priorityMarks);
  if (arrow) [priorityMark, s] = [arrow.mark, arrow.rest];
  const trailingMarks = s.match(TRAILING_MARKS);
  if (trailingMarks && trailingMarks.index! > 0) {
    priorityMark = trailingMarks[1]!;
    s = s.slice(0, trailingMarks.index);
  }
  // Crossed out: finished or abandoned, as the words after it say (recognise/struck.ts decides the rest).
  const first = opening(paragraph.children);
  const struck = first?.type === "delete";
  if (struck) {
    const after = paragraph.children.slice(paragraph.children.indexOf(first) + 1).map((c) => toString(c)).join("");
    status = struckOutcome(after) === "wont_do" ? "wont_do" : (status ?? struckOutcome(after));
  }
  let key: string | null = null;
  const keyed = s.match(DOTTED_KEY) ?? s.match(HASH_KEY) ?? s.match(BOLD_HASH_KEY) ?? s.match(TICKET_KEY);
  if (keyed) {
    key = keyed[1]!;
    // "~~CHK-790 Address autocomplete~~ won't fix": a key opening a bold or struck title leaves the title bold.
    const reopen = keyed[0].startsWith(BOLD_OPEN) && !keyed[0].includes(BOLD_CLOSE) ? BOLD_OPEN : "";
    s = reopen + s.slice(keyed[0].length);
  }
  // "A11Y-01 · …", "Card: …", "Ari: write up …", "**Mo**: set up …" (lib/importer/recognise/title-parts.ts).
  const head = readTitleHead(s, people);
  s = head.title;
  key ??= head.key;
  const notes = [...head.notes];
  let effortHours: number | null = null;
  const readTail = (t: string) => {
    const tail = readTitleTail(t, people);
    notes.push(...tail.notes);
    effortHours ??= tail.effortHours;
    status ??= tail.status;
    priorityLabel ??= tail.priorityLabel;
    return tail.title;
  };
  let priorityLabel: string | null = null;
  const labels: string[] = [];
  let title: string;
  let rest = "";
  // "**[High]** Login popup …": a bold priority tag opens the line (recognise/priority-tags.ts).
  const tag = leadingPriorityTag(s, BOLD_OPEN, BOLD_CLOSE);
  if (tag) [priorityLabel, s] = [tag.label, tag.rest];
  // "【高】商户统计…", "〔中〕…", "【優先度：高】…": a bracketed CJK level opening the entry (recognise/cjk-bracket-levels.ts).
  const cjkTag = tag ? null : leadingCjkLevel(s);
  if (cjkTag) [priorityLabel, s] = [cjkTag.label, cjkTag.rest];
  // "P1: Fix login", "P-2 — Add docs": a P-level opening the line (recognise/priority-tags.ts).
  const pLevel = tag || cjkTag ? null : leadingPLevel(s);
  if (pLevel) [priorityLabel, s] = [pLevel.label, pLevel.rest];
  if (s.startsWith(BOLD_OPEN) && s.indexOf(BOLD_CLOSE) > 1) {
    const close = s.indexOf(BOLD_CLOSE);
    title = s.slice(1, close).replace(/\s*[:–—-]\s*$/, "");
    rest = s.slice(close + 1);
    // "**공통 대시보드 템플릿** 제공": a lone Korean action word completes the title (recognise/korean-action-tails.ts).
    if (isKoreanActionTail(rest)) [title, rest] = [`${title} ${rest.trim()}`, ""];
    // "**IMPORTANTE:** declarar el IVA": a word calling for attention, then the title (recognise/attention-labels.ts).
    else if (isAttentionLabel(title) && /\p{L}/u.test(rest)) [title, rest] = [rest.replace(/^\s*[:：]?\s*/u, "").trim(), ""];
  } else {
    title = s;
    // "… // priorité 1 // 📅 lun. 8 déc.": fields set apart by " // " (recognise/slash-fields.ts).
    const slashed = readSlashFields(title);
    if (slashed) {
      title = slashed.title;
      priorityLabel ??= slashed.priorityLabel;
      notes.push(slashed.said);
    }
    // "… ⏫ 📅 2026-12-03": task-plugin signifiers close the line (recognise/fields.ts).
    const signified = readTaskSignifiers(title);
    if (signified) {
      title = signified.title;
      priorityLabel = signified.priorityLabel;
      status ??= signified.status;
    }
    // "Title · High · @sam", "Title | P1 | In review", "Title — P2 — @ana": fields after the title,
    // read first so labels before them ("… `bug` — @hkim") are still the title's end below.
    // "`feature` Confirm payments …": a story type opening the line is a label (recognise/label-spans.ts).
    title = leadingTypeLabel(title, labels);
    const fields = readLineFields(title, key !== null);
    if (fields) {
      title = fields.title;
      priorityLabel = fields.priorityLabel ?? priorityLabel;
      status ??= fields.status;
      effortHours ??= fields.effortHours;
      if (fields.owner) notes.push(`Owner: ${fields.owner}`);
      rest = fields.remark;
    }
    // "… (Priya, 3d)": a parenthesis of fields (owner, estimate, priority) ends the title.
    const parenFields = rest ? null : readParenFields(title);
    if (parenFields) {
      title = parenFields.title;
      priorityLabel ??= parenFields.priorityLabel;
      status ??= parenFields.status;
      effortHours ??= parenFields.effortHours;
      rest = parenFields.said;
    }
    // "… (≈ 60 KB) — Jana", "… `refactor` — @vmartin": remarks and owners close the line, after its labels.
    title = readTail(title);
    title = trailingLabels(title, labels);
    // "Webhook retries — blocked on the PSP's sandbox": a dash then a status opens the description.
    // A trailing emoji that is not a status ("… reverse charge 🐞") marks a kind of work, not its name.
    title = title.replace(/\s+(?:(?![✅✓☑✔🚧❌⛔])\p{Extended_Pictographic}\uFE0F?)+\s*$/u, "");
    const dashed = title.match(/\s+(?:-{2,3}|[—–-])\s+(?=\u0001?(?:blocked|waiting on|done|shipped|fixed|in progress|in review|wip|won'?t do|skipped|en cours|en curso|in arbeit|fait|hecho|erledigt)(?![\p{L}]))/iu);
    if (dashed && dashed.index! > 0) {
      rest = title.slice(dashed.index! + dashed[0].length);
      title = title.slice(0, dashed.index);
    }
    // "Fail on flakes — retries hide real bugs": a spaced em or en dash then a lower-case clause is a remark.
    // The writer's capital "I" opens such a clause too ("— I'd lowered it …", recognise/writer-clauses.ts).
    // Not a dash inside a parenthesis ("(Tom — needs the token)"); the clause may open in bold ("— **don't** do …"),
    // but a wholly bold tail is the title's own condition ("— **must be green**").
    // "… – haster", "… — срочно": a closing priority or urgency word is no remark (recognise/priority-dash.ts).
    const remarked = rest || TRAILING_PRIORITY.test(title) || dashedPriority(title) ? null : dashOutsideParens(title, /\s+[—–]\s+(?=\p{Ll}|I(?:['’](?:d|ve|m|ll))?\s|\u0001\p{Ll}[^\u0002]*\u0002\s*\S)/gu);
    // "— update or delete", "– please order": a clause asking for the work stays (recognise/dash-asks.ts).
    // "— phases 1 and 2", "— at least the 5 …" (recognise/extent-clauses.ts), "— firmware skal være 4.32" (recognise/dash-bounds.ts):
    // a clause saying how much of the work, or a bound or an obligation on it, stays.
    const clause = remarked ? title.slice(remarked.index! + remarked[0].length) : "";
    if (remarked && remarked.index! > 0 && !asksToDo(clause) && !statesExtent(clause) && !specifiesWork(clause) && isDashRemark(clause)) {
      rest = title.slice(remarked.index! + remarked[0].length);
      title = title.slice(0, remarked.index);
    }
    // "… `enhancement` — waiting on legal": labels the dash remark hid close the title too.
    if (rest) title = trailingLabels(title, labels);
    // "— 3/5 done", "— 40% पूरा": a share done is under way, read before the closing "done" (recognise/progress-dashes.ts).
    const progressed = rest ? null : progressDash(title);
    if (progressed) {
      status ??= progressed.status;
      rest = title.slice(progressed.index).replace(/^\s*[—–-]+\s*/u, "").trim();
      title = title.slice(0, progressed.index);
    }
    const trailing = fields?.status ? null : title.match(TRAILING_STATUS);
    // "❌ Service catalog entry complete": a bare word the entry's own mark contradicts says what the
    // work is to achieve, not its state; a word set off by a dash or a mark is still the state.
    const contradicted = !!trailing?.[2] && status !== null && !trailing[1] && !/^\s*[-–—:|]/.test(trailing[0]) && statusOf(trailing[2], legend) !== status;
    if (trailing && (trailing[1] || trailing[2]) && trailing.index! > 0 && !contradicted) {
      status ??= statusOf(trailing[0].trim().replace(SEPARATOR, ""), legend) ?? (trailing[1] ? markStatus(trailing[1], legend) : null);
      title = title.slice(0, trailing.index);
    }
    // The same in any language of the vocabulary: "Zoekfunctie — in uitvoering", "… (em andamento)".
    // A line already read as fields said its state in its own segment: its title's last word is title.
    const state = fields?.status ? null : trailingState(title);
    if (state && state.index > 0) {
      status ??= state.status;
      title = title.slice(0, state.index);
    }
    // "— Meta onayı bekleniyor", "— bozza al 50%": a dash clause kept in the title still says the state (recognise/dash-remarks.ts).
    if (!rest) status ??= keptClauseState(title);
    // "… — P0, Rohit dekh raha hai", "… — P1": a dash, a priority token, a remark (recognise/priority-dash.ts).
    const ranked = priorityLabel ? null : dashedPriority(title);
    if (ranked) {
      [title, priorityLabel] = [ranked.title, ranked.label];
      status ??= ranked.status;
      rest = [ranked.remark, rest].filter(Boolean).join(" · ");
    }
    // "OTR-320 Checkout option (5)": after a ticket key, a bare number in parentheses is its story points.
    if (key) title = title.replace(/\s*\(\d{1,3}\)\s*$/, "");
    // A remark the labels or a status hid: "(#141)", "(est. 2d)", "(Priya, 3d)", "(shipped January)".
    title = readTail(title);
    const labelNotes = labels.filter((l) => !findPriorityLabel(l.trim()) && !NO_PRIORITY_HEADING.test(l.trim()));
    if (labelNotes.length) notes.push(`Labels: ${labelNotes.join(", ")}`);
  }
  const trailingPriority = title.match(TRAILING_PRIORITY);
  const trailingLabel = trailingPriority ? findPriorityLabel(trailingPriority[1]!.replace(LEADING_NOUN, "")) : null;
  if (trailingPriority && trailingLabel && trailingPriority.index! > 0) {
    priorityLabel = trailingLabel;
    title = title.slice(0, trailingPriority.index);
  }
  const p = title.match(INLINE_PRIORITY);
  if (p && !priorityLabel && !isVersionBump(title.slice(0, p.index), p[1]!)) {
    priorityLabel = findPriorityLabel(p[1]!) ?? p[1]!;
    title = title.replace(INLINE_PRIORITY, " ");
  }
  for (const label of labels) {
    if (NO_PRIORITY_HEADING.test(label.trim())) continue;
    // "[sev1]", `sev-2`: a severity code as a label is the entry's level (recognise/severity-codes.ts maps it).
    priorityLabel ??= findPriorityLabel(label.trim()) ?? (SEVERITY_LABEL.test(label.trim()) ? label.trim().toUpperCase().replace(/[-\s]/, "") : null);
  }
  rest = unmark(rest).replace(SEPARATOR, "").trim();
  if (rest) status ??= statusOf(rest);
  // "**Set up alerts** — P0, в роботі": after a bold title, the priority then a remark that says the state (recognise/priority-dash.ts).
  if (rest) status ??= priorityThenRemark(rest)?.status ?? null;
  // What the title line said besides its title (a remark, an owner, labels) stays with the item.
  for (const note of notes) status ??= statusOf(note);
  rest = [rest, ...notes.map(unmark)].filter(Boolean).join(" · ");
  if (rest) {
    status ??= statusOf(rest, legend) ?? statusAroundDescription(rest);
    // "— 모든 서비스를 ArgoCD로 이전 (현재 60%)": the share moved so far (recognise/progress-parens.ts).
    status ??= currentShareProgress(rest);
    // "**Alert on late runs** — Priority 1 ✅": a status symbol ending the line marks the whole entry.
    const endMark = rest.match(/([✅✓☑✔🚧])\uFE0F?\s*$/u)?.[1];
    if (endMark) status ??= markStatus(endMark, legend);
    const paren = rest.match(/^\(([^)]*)\)/);
    // "(3.3.1, Blocker)": a part of the parenthesis that is only a priority word, not "(see the media plan)".
    const part = paren?.[1]!.split(/\s*[,;]\s*/).find((t) => /^\S+(?:\s+priority)?$/i.test(t) && findPriorityLabel(t));
    if (part) priorityLabel ??= findPriorityLabel(part);
    // "— Infra, before 30 April (High)": a level in the parenthesis closing the line (recognise/closing-priority.ts).
    priorityLabel ??= leadingPriority(rest) ?? prioritySegment(rest) ?? closingPriority(rest);
    // "— *prioridad alta* — responsable: Ana": each dash-set part read on its own (recognise/dash-parts.ts).
    const parts = readDashParts(rest, legend);
    status ??= parts.status;
    priorityLabel ??= parts.priorityLabel;
    // "… Priority: high.", "hotovo 2. 12., …": a labelled priority, a state with its date (recognise/description-fields.ts).
    priorityLabel ??= labelledPriority(rest);
    status ??= stateThenDate(rest);
  }
  // "… — Meta onayı bekleniyor": a verb-final clause that waits on something; it stays title (recognise/closing-waits.ts).
  status ??= closingWait(title);
  // `priority: high`, ~"priority::1", ~"workflow::in dev": field labels a tracker put on the entry (recognise/label-priority.ts).
  const labelled = labelFields(paragraph.children);
  priorityLabel ??= labelled.priorityLabel;
  status ??= labelled.status;
  if (noted) {
    status ??= statusAroundDescription(noted.note);
    rest = [rest, noted.note].filter(Boolean).join(" · ");
  }
  if (fieldLine) {
    priorityLabel ??= fieldLine.priorityLabel;
    status ??= fieldLine.status;
    rest = [rest, fieldLine.said].filter(Boolean).join(" · ");
  }
  return { key, title: unmark(title), description: rest, status, priorityLabel, priorityMark, effortHours, ...(struck ? { struck } : {}) };
}
