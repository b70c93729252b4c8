import { trailingWikiLink } from "./wiki-link-tails";
import { isOwnerField, isPriorityField, isStatusField } from "../field-names";
import { offersAlternative } from "./alternative-parens";
import { parseEffortHours, parseStatus } from "../clean";
import { STATE_WORD } from "../people";
import { findPriorityLabel, horizonLabel } from "../priority";
import type { ItemStatus } from "../types";
import { ISSUE_LABELS, TSHIRT_SIZE } from "../vocabulary";
import { closingDeadline } from "./owner-deadlines";
import { isDueDate } from "./due-parens";
import { givesContext } from "./context-parens";
import { ownerBeforeDash } from "./owner-dash-heads";
import { isVersionBump } from "./remark-parens";

// A title line's parts, the way a careful reader takes them apart:
//
//   [key ·] [Owner:] title [(remark)] [— owner | @owner]
//
// A key with a middle dot ("A11Y-01 · …"), a container word ("Card: …") or a person's name before a
// colon ("Ari: write up …") opens the line; a remark in parentheses (owner, estimate, reference,
// size, current state, status) or an owner after a dash closes it. What is taken off is not
// dropped: the estimate becomes the item's effort, the rest goes to its description as written.
// A parenthesis that says what to do ("(5%)", "(min 20 in prod)", "(DE, FR, ES)") stays, and so
// does a colon that is part of the title ("Redis: export the session store"): a name before a
// colon or after a dash is an owner only when the document shows it is a person (lib/importer/people.ts).
// A parenthesis of words no reader knows as a remark stays too: across the training manifests
// parentheses of plain words ("(branch protection)", "(restore drill)", "(web + app)") are kept about
// four times as often as they are cut, so a remark is recognised by its kind (who, why, a relation,
// the state or how things are now, when, where), here and in title-tails.ts, never by default.

/** entry.ts marks a bold (or struck-through) opening with these; the owner reader steps over them. */
const OPEN = "\u0001";
const CLOSE = "\u0002";
const MARKUP = /[\u0001-\u0004*_`]/g;

export interface TitleParts {
  title: string;
  key: string | null;
  /** Who the line says does it ("Jana", "@hkim"), if it says so. */
  owner: string | null;
  effortHours: number | null;
  /** A done mark left at the end once a remark is taken off ("… script ✔ (already done)"). */
  status: ItemStatus | null;
  /** What was taken off, as written ("(est. 2d)", "Owner: Jana"): the item's description keeps it. */
  notes: string[];
  /** A priority said after the title ("(Medium)", "— must have before launch", "(nice to have)"). */
  priorityLabel: string | null;
}

const NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?$/u;
const HANDLES = /^@[A-Za-z][\w-]*(?:[\s,]+@[A-Za-z][\w-]*)*$/;

// ── Leading parts ────────────────────────────────────────────────────────────────────────────────
/** "A11Y-01 · Title", "#12 • Title", "1.2 | Title": a key then a dot-like separator. */
const DOT_KEY = /^([A-Za-z][A-Za-z0-9]*[-_]\d+[A-Za-z0-9]*|#\d+|\d+(?:\.\d+)+)\s*[·•|]\s+(?=\S)/;
/** What an export calls each entry ("Card: …", "Story: …"): the kind of record, not its name. */
const CONTAINER = /^(?:card|task|story|user story|ticket|item|to-?do|epic|chore)\s*[:：]\s+(?=\S)/i;
/** "Ari: …", "**Mo**: …", "~~Dev: …~~": one or two capitalised words (or an @handle) before a colon. */
// A short lower-case honorific may open the name ("p. Zieliński: …", people.ts reads it as a person).
const OWNER_PREFIX = new RegExp(`^(${OPEN}?)((?:\\p{Ll}{1,4}\\.\\s)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?|@[A-Za-z][\\w-]*)(${CLOSE}?)\\s*[:：]\\s*(${CLOSE}?)\\s+(?=\\S)`, "u");

/** The opening parts of a title line: a dotted key, a container word, an owner prefix. */
export function readTitleHead(text: string, people: ReadonlySet<string>): Pick<TitleParts, "title" | "key" | "owner" | "notes"> {
  // "… før 10.11 [[Endringsvindu november]]": a closing link to a note is a reference (recognise/wiki-link-tails.ts).
  const linked = trailingWikiLink(text.replace(/^[·•|]\s+/, ""));
  if (!linked) return headParts(text, people);
  const head = headParts(linked.title, people);
  return { ...head, notes: [...head.notes, linked.note] };
}

function headParts(text: string, people: ReadonlySet<string>): Pick<TitleParts, "title" | "key" | "owner" | "notes"> {
  // "[[Hiring 2027]]", "[[notes/q1|the Q1 plan]]": a wiki link reads as the words it shows.
  let title = text.replace(/^[·•|]\s+/, "").replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, "$1");
  let key: string | null = null;
  const keyed = title.match(DOT_KEY);
  if (keyed) {
    key = keyed[1]!;
    title = title.slice(keyed[0].length);
  }
  title = title.replace(CONTAINER, "");
  // "@Bram quarantine the flaky tests": a handle then a lower-case verb is who does it, then what.
  const handle = title.match(/^@([A-Za-z][\w-]*)\s+(?=\p{Ll})/u);
  if (handle) return owned(title.slice(handle[0].length), key, `@${handle[1]}`);
  // "**Ana** — improve the search": who, a dash, then what (recognise/owner-dash-heads.ts).
  const dashed = ownerBeforeDash(title, people);
  if (dashed) return owned(dashed.rest, key, dashed.owner);
  const prefixed = title.match(OWNER_PREFIX);
  const rest = prefixed ? title.slice(prefixed[0].length) : "";
  // "Me: get the quote", "Everyone: drop the tags", "Todos: revisar …" stay whole: most manifests keep
  // the writer or the group as the title's first words (holdout-3, -8, -13; holdout-15 cuts them).
  if (!prefixed || !people.has(prefixed[2]!)) return { title, key, owner: null, notes: [] };
  // A bold that closes on the name was only the name; a struck run that goes on keeps its opening.
  const reopened = prefixed[1] && !prefixed[3] && !prefixed[4] ? OPEN : "";
  // "Ari: write up …" → "Write up …": the task reads as a title of its own.
  const capitalised = /^\p{Ll}+\b/u.test(rest) ? rest[0]!.toUpperCase() + rest.slice(1) : rest;
  return owned(reopened + capitalised, key, prefixed[2]!);
}

/** An ask that opens with who does it: its closing deadline ("… by Friday") is its due date (recognise/owner-deadlines.ts). */
function owned(rest: string, key: string | null, owner: string): Pick<TitleParts, "title" | "key" | "owner" | "notes"> {
  const due = closingDeadline(rest);
  const notes = [`Owner: ${owner}`];
  if (due) notes.push(`Due: ${due.said}`);
  // "Paweł: policzyć koszt … — do 12.02", "Kasia: przygotować RFC …, do 19.02": the dash or comma that
  // set the date off goes with it; left behind it would close the title on a separator.
  return { title: due ? withoutClosingSeparators(rest.slice(0, due.index)) : rest, key, owner, notes };
}

/** The text without the separators closing it (a loop, not a `[…]+$` pattern: titles can be long). */
function withoutClosingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:—–-]/u.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

// ── Trailing parts ───────────────────────────────────────────────────────────────────────────────
/** "(…)", "（…）", "[…]" at the end of the line. */
const TRAILING_PAREN = /\s*(?:[(（]([^()（）]*)[)）]|\[([^[\]]*)\])\s*$/;
/** "… #141", "… #12, #14": issue references after the title. */
const TRAILING_REFS = /\s+(#\d+(?:[\s,]+#\d+)*)\s*$/;
const REF_THEN_DASH = /\s+(#\d{1,7})\s+[—–]\s+[^—–]{1,120}$/u;
const REF_IS_OBJECT = /^\S+$|\b(?:on|in|for|of|to|from|with|by|at|about|see|per|via|and|or|fix(?:es)?|close[sd]?|resolve[sd]?|revert|reopen|review|address|merge|land|ship|update|finish)$/i;
/** Where "… #238" (an issue reference the sentence does not need) starts closing a title; -1 when none does. */
// "… #236 — DBA ٹیم کی منظوری کا انتظار": after the reference, a dash opens a remark; the title ends at the reference.
export function trailingReferenceStart(title: string): number {
  const refs = title.match(TRAILING_REFS) ?? title.match(REF_THEN_DASH);
  return refs && refs.index! > 0 && !REF_IS_OBJECT.test(title.slice(0, refs.index).trim()) ? refs.index! : -1;
}
/** "… — 2d", "… - est. 3h": an estimate after a dash. */
const TRAILING_DASH_PART = /\s+[—–-]\s+([^—–\s-][^—–]{0,24})$/;
const TRAILING_HANDLES = /\s+[—–-]\s+(@[A-Za-z][\w-]*(?:[\s,]+@[A-Za-z][\w-]*)*)\s*$/;
/** "… (3 pts) @mei": a board card's assignee, a bare handle closing the line after a remark parenthesis (an estimate, a state). */
const HANDLE_AFTER_PAREN = /[(（]([^()（）]*)[)）]\s+(@[A-Za-z][\w-]*(?:[\s,]+@[A-Za-z][\w-]*)*)\s*$/;
/**
 * "… `Urgent` @hannah": a tracker's copied card (Linear, GitHub projects), its priority or label as a
 * code span, then the assignee's bare handle closing the line. The entry reader marks code spans
 * \u0003…\u0004; the handle is cut here so the span is again the line's last label.
 */
const HANDLE_AFTER_CODE = /\u0004\s+(@[A-Za-z][\w-]*(?:[\s,]+@[A-Za-z][\w-]*)*)\s*$/;
/**
 * "… StoreKit 2 Urgent @hannah", "… Support iPad multitasking No priority @sam": Linear's list copied
 * as plain text, each line closing with the card's priority (Linear's own capitalised words) and its
 * assignee. The capitalised level right before a closing handle is the card's field, not the title's.
 */
const LEVEL_THEN_HANDLE = /\s+(Urgent|High|Medium|Low|No priority)\s+(@[A-Za-z][\w-]*)\s*$/;
// "… — Jana", "… - Jana": a spaced dash of any length before a name the document uses for a person.
// "— Jana", "— **Elena**": the name may be emphasised (markup is still in the text here, or its marks).
/** "… [sam]": a handle in square brackets closing the title, when the document names that person (people.ts). */
const TRAILING_BRACKET_NAME = /\s+\[(\p{L}[\p{L}\p{N}._-]{0,30})\]\s*$/u;
const TRAILING_NAME = /\s+[—–-]\s+[\u0001\u0002*_]{0,2}(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)[\u0001\u0002*_]{0,2}\s*$/u;
const MAX_PARTS = 8;
const TRAILING_DONE = /\s*[✅✓☑✔]\uFE0F?\s*$/u;

/** "(owner: Priya)", "(担当：田中)", "(assigned to Tom)". */
const OWNER_LABEL = /^(?:owner|owned by|assignee|assigned to|lead|dri|responsible|担当者?|verantwortlich|zuständig|responsable|eigenaar|responsabile|dono)\s*[:：]?\s*(\S.*)$/iu;
/** "(#141)", "(fixes a whole class, incl. #2)", "(PR 812)", "(INC-311)": a pointer elsewhere. */
const REFERENCE = /(?:^|[\s,(])#\d+\b|^(?:PR|MR|pull request|issue|ticket)\s*#?\d+\b|^[A-Z][A-Z0-9]{1,9}-\d+$/;
/** "(est. 2d)", "(estimate: 1–2 weeks)", "(~3d)", "(2d)", "(5 pts)": how long, not what. */
const ESTIMATE_PREFIX = /^(?:est(?:imated?)?\.?|effort|eta|~|≈)\s*:?\s*(.+)$/i;
const COMPACT_DURATION = /^\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s?[hdw]$/i;
const STORY_POINTS = /^\d+(?:[.,]\d+)?\s*(?:pts?|points?|sp)$/i;
/** "(≈ 60 KB)", "(−45 KB)": a size or a change of size says what it weighs or saves, not what to do. */
const SIZE = /^(?:[≈~±+−-]|approx\.?|about|ca\.?)\s*\d[\d.,]*\s*(?:[KMGT]i?B|bytes?|[kmgt]b)$/i;
/** "(now 6–9 seconds)", "(nu 6–9 seconden)", "(currently m5.4xlarge)": how things stand today. */
// Chinese and Japanese run the next word straight on ("目前只压下单接口", "現在は手動"): no word break after them.
const NOW = /^(?:(?:currently|now|today|nu|momenteel|jetzt|derzeit|aktuell|zurzeit|ahora|actualmente|agora|atualmente|maintenant|actuellement|attualmente|ora|현재|지금)(?![\p{L}])|目前|当前|現在|现在|現状|现状|今は)/iu;
/** "(PR open)", "(merged)", "(in review)", "(deprecated, removed in v6)": the state of the work, in a few words. */
const STATE = /^(?:(?:PR|MR|pull request|patch|change|fix)\s+(?:is\s+)?)?(?:open|opened|merged|landed|in review|under review|draft|pending|reverted|wip|deprecated|obsolete|removed|retired)(?:\s+(?:PR|MR))?$/i;
/** Words that make a parenthesis a remark: a reason, a state, a time ("shipped January", "see the RFC"). */
const REMARK_WORDS = /\b(?:shipped|done|instead|still|in beta|first|after|before|currently|now|until|since|owner|blocked|waiting|see|because|is|are|was|were|via|today|soon|tbd|everyone|everybody|nobody)\b|(?:^|\s)@[A-Za-z]/i;
/** "(due Friday)", "(Q3)", "(October 2026)": when, not what. */
const WHEN = /^(?:(?:due|deadline|eta|target date)\b.*|(?:Q[1-4]|H[12])(?:\s*'?\d{2,4})?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s+\d{1,4})?)$/i;
/** "(no new endpoints added)", "(not yet started)": a statement of what happened, not what to do. */
const NEGATED_STATEMENT = /^(?:no|not|none|nothing)\b.*\b\p{L}{2,}ed$/iu;
/** Reason and state words of CJK plans: "（サポート終了のため）" (because), "（対応中）" (in progress). */
const CJK_REMARK = /ため|予定|済み?|完了|対応中|検討中|未定|保留|进行中|已完成|待定/u;
/**
 * "（完了済みのものは除く）" (except those already done), "(except the finished ones)": a parenthesis
 * that narrows the work says what to do, even with a state word in it.
 */
const SCOPE = /除く|除いて|以外|のみ|だけ|除了|除外|不含|不包括|仅限|只限|^(?:except|excluding|apart from|other than|ausser|außer|sauf|excepté|hormis|excepto|salvo|tranne|eccetto|behalve|exceto)(?![\p{L}])/iu;
/** "(iOS only first)", "(PDF only, max 10 MB)", "(log only)": a thing then "only" (not "(we only alert at 95)") narrows the work like "のみ" does (kept by the manifests that have one). */
const ONLY_SCOPE = /^(?!(?:we|i|you|they|it|he|she|this|that|which|who)\s)[\p{L}\p{N}][\p{L}\p{N}.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.-]*)?\s+only(?![\p{L}])/iu;
/** "(iOS only first)" narrows the work; "(prod only)" names where it runs (recognise/context-parens.ts), "(shadow only!)" is said in passing. */
const onlyScope = (said: string) => ONLY_SCOPE.test(said) && !said.includes("!") && !givesContext(said);
/** Whether a parenthesis narrows the work (SCOPE, ONLY_SCOPE): part of the title, never a remark. */
export const narrowsWork = (said: string) => SCOPE.test(said.trim()) || onlyScope(said.trim());
/** A verb or a word that makes a parenthesis a statement about the work rather than part of it. */
const STATEMENT = /\b(?:is|are|was|were|has|have|had|will|shipped|done|blocked|waiting|because|since|until|see)\b/i;
const CLAUSE_OPENING = /^(?:it|this|that|they|which|probably|maybe|wir|das|es|nous|on|ça|lo|ya)\s/i;
/** "(automate it)", "(then archive them)": words that point back at the title with a pronoun are about it, not it. */
const POINTS_BACK = /\s(?:it|them)$/i;
const YEAR_PHRASE = /\b(?:ab|bis|seit|desde|hasta|après|avant|depuis|dès|from|by|in)\s+\d{4}\b/i;
/** "(5%)", "(min 20 in prod)", "(≥ 99.5%)": a bound or an amount that says what to do. */
const KEEP_PAREN = /^(?:min|max|at least|at most|up to|[<>≤≥~]|\d+(?:[.,]\d+)?\s*%?$)/i;

const estimateOf = (said: string): number | null | undefined => {
  const prefixed = said.match(ESTIMATE_PREFIX);
  if (prefixed && parseEffortHours(prefixed[1]!) !== null) return parseEffortHours(prefixed[1]!);
  if (COMPACT_DURATION.test(said)) return parseEffortHours(said);
  if (STORY_POINTS.test(said)) return null;
  return undefined;
};

/** "[bug]", "[good first issue]": a bracketed tag that is a known label (vocabulary.ts), not title words. */
const KNOWN_LABEL = new Set(ISSUE_LABELS);
const isKnownLabel = (said: string) => KNOWN_LABEL.has(said.trim().toLowerCase());

const isPerson = (said: string, people: ReadonlySet<string>) => people.has(said) || HANDLES.test(said);

/**
 * What a trailing parenthesis says, when it is a remark: its owner and estimate if it names them.
 * Null when it is part of what to do.
 */
export function remarkOf(inner: string, people: ReadonlySet<string>): { owner?: string; effortHours?: number | null } | null {
  // "(`git tag v3.0.0`)", "(`@acme/<area>-<name>`)": code in parentheses is the what, never a remark.
  if (/^\s*(?:\u0003[^\u0004]*\u0004|`[^`]*`)\s*$/.test(inner)) return null;
  const said = inner.replace(MARKUP, "").replace(/\s+/g, " ").trim();
  if (!said) return null;
  // "(or move to Vitest — see #2301)": another way to do the work stays (recognise/alternative-parens.ts).
  if (offersAlternative(said)) return null;
  const labelled = said.match(OWNER_LABEL);
  if (labelled) return { owner: labelled[1]! };
  // "(Responsável: Ana)", "(担当：鈴木)": an owner field in any language of the vocabulary.
  if (isOwnerField(said)) return { owner: said.replace(/^[^:：]*[:：]\s*/u, "") };
  if (REFERENCE.test(said)) return {};
  const effort = estimateOf(said);
  if (effort !== undefined) return { effortHours: effort };
  // "(XS)", "(L)": a T-shirt size is the effort, said in sizes rather than hours.
  if (TSHIRT_SIZE.test(said)) return { effortHours: null };
  // "(Priya, 3d)": a name beside an estimate.
  const parts = said.split(/\s*[,;·]\s*/);
  if (parts.length === 2) {
    const [a, b] = parts.map((p) => ({ p, effort: estimateOf(p) }));
    const [who, how] = a!.effort === undefined ? [a!, b!] : [b!, a!];
    if (how.effort !== undefined && who.effort === undefined && (isPerson(who.p, people) || NAME.test(who.p))) return { owner: who.p, effortHours: how.effort };
  }
  if (isPerson(said, people)) return { owner: said };
  // "(Lina, Omar)", "(@a / @b)": several people of the document.
  if (parts.length > 1 && said.split(/\s*[,;·/&]\s*/).every((p) => isPerson(p, people))) return { owner: said };
  // "(Sindre + Mona)", "(Ana and Tom)": names joined by "+" or "and", one of them a person of the document.
  const joined = said.split(/\s*(?:\+|&|\band\b|\bund\b|\bog\b|\boch\b|\bet\b|\by\b|\be\b|\bi\b)\s*/u);
  if (joined.length > 1 && joined.every((p) => isPerson(p, people) || NAME.test(p)) && joined.some((p) => isPerson(p, people))) return { owner: said };
  // "(iOS only first)", "（完了済みのものは除く）": the part of the work meant, not a remark about it.
  if (narrowsWork(said)) return null;
  // "(termen 10 ianuarie)": a deadline word and a date in another language (recognise/due-parens.ts).
  if (WHEN.test(said) || isDueDate(said) || NEGATED_STATEMENT.test(said) || CJK_REMARK.test(said)) return {};
  if (SIZE.test(said) || NOW.test(said)) return {};
  if (STATE.test(said) || (parts.length > 1 && STATE.test(parts[0]!))) return {};
  if (/^\d+ of \d+\b/.test(said)) return {};
  // "(1.1.1, Serious)": a part that is only a priority word is the item's priority, said aside (a
  // parenthesis that is only a priority, "(High)", is read by the entry's priority reading).
  if (parts.length > 1 && parts.some((p) => /^\S+(?:\s+priority)?$/i.test(p) && findPriorityLabel(p))) return {};
  if (KEEP_PAREN.test(said)) return null;
  // A parenthesis that opens with an amount says what to do ("(2 s timeout, open after 50% failures)"),
  // unless it is a sentence about the state of things ("(7.x is out of support in January)").
  if (/^\d/.test(said)) return STATEMENT.test(said) ? {} : null;
  return REMARK_WORDS.test(said) || CLAUSE_OPENING.test(said) || POINTS_BACK.test(said) || YEAR_PHRASE.test(said) ? {} : null;
}

/** "(Medium)", "(High priority)", "(P1)": a parenthesis that is only a priority word. */
const PRIORITY_ONLY = /^(?:priority\s*:?\s*)?\S+(?:\s+priority)?$/i;
/** "sev1", "S2", "SEV-3": a severity code in brackets closing the title. */
const SEVERITY_CODE = /^(?:s|sev)[-\s]?[0-9]$/i;
/**
 * MoSCoW words closing a title ("— must have before the first consumer", "(nice to have)"): the
 * title's priority, said in words; what follows them ("before …") is the reason, not the task.
 */
const MOSCOW_TAIL = /\s*(?:[—–]\s+|[(（])\u0001?((?:must|should|could|won'?t)[\s-]+have|nice[\s-]+to[\s-]+have)\b[^()（）—–\u0001\u0002]*\u0002?[)）]?\s*$/i;

/**
 * GitLab labels after a title ("~bug", "~\"workflow::in review\""): labels, not title words. A scoped
 * label whose scope is the work's state ("workflow::", "status::") or priority ("priority::2") says it.
 */
// A label's name opens with a letter: "~40" after "today it's" is an approximate figure, not a label.
const TRAILING_GITLAB_LABEL = /\s+~(?:"([^"]+)"|([\p{L}_][\w:.-]*))\s*$/u;
function gitlabLabel(label: string): { status?: ItemStatus | null; priorityLabel?: string | null } {
  const scoped = label.match(/^(.+?)::(.+)$/);
  if (!scoped) return {};
  const [scope, value] = [scoped[1]!.trim(), scoped[2]!.trim()];
  if (/^workflow$/i.test(scope) || isStatusField(scope)) return { status: parseStatus(value) };
  if (isPriorityField(scope)) return { priorityLabel: findPriorityLabel(value) ?? (/^\d$/.test(value) ? `Priority ${value}` : null) };
  return {};
}

/** The closing parts of a title line: remarks in parentheses, an owner after a dash, a done mark they hid. */
export function readTitleTail(text: string, people: ReadonlySet<string>): Omit<TitleParts, "key"> {
  let title = text;
  let owner: string | null = null;
  let effortHours: number | null = null;
  let status: ItemStatus | null = null;
  let priorityLabel: string | null = null;
  const notes: string[] = [];
  // A line closes with a few parts; the bound keeps a pathological line (thousands of "(see)") linear.
  for (let changed = true, round = 0; changed && round < MAX_PARTS; round++) {
    changed = false;
    const handles = title.match(TRAILING_HANDLES);
    if (handles && handles.index! > 0) {
      owner ??= handles[1]!;
      notes.unshift(`Owner: ${handles[1]}`);
      title = title.slice(0, handles.index);
      changed = true;
      continue;
    }
    const carded = title.match(HANDLE_AFTER_PAREN);
    if (carded && carded.index! > 0 && remarkOf(carded[1]!, people)) {
      owner ??= carded[2]!;
      notes.unshift(`Owner: ${carded[2]}`);
      // The parenthesis stays for the next round, which reads it as the remark it is.
      title = title.slice(0, carded.index! + carded[0].search(/[)）]\s+@/u) + 1);
      changed = true;
      continue;
    }
    const levelled = title.match(LEVEL_THEN_HANDLE);
    if (levelled && levelled.index! > 0) {
      owner ??= levelled[2]!;
      notes.unshift(`Owner: ${levelled[2]}`);
      if (levelled[1] !== "No priority") priorityLabel ??= findPriorityLabel(levelled[1]!);
      title = title.slice(0, levelled.index);
      changed = true;
      continue;
    }
    const coded = title.match(HANDLE_AFTER_CODE);
    if (coded && coded.index! > 0) {
      owner ??= coded[1]!;
      notes.unshift(`Owner: ${coded[1]}`);
      title = title.slice(0, coded.index! + 1);
      changed = true;
      continue;
    }
    const bracketed = title.match(TRAILING_BRACKET_NAME);
    if (bracketed && bracketed.index! > 0 && people.has(bracketed[1]!) && !SEVERITY_CODE.test(bracketed[1]!)) {
      owner ??= bracketed[1]!;
      notes.unshift(`Owner: ${bracketed[1]}`);
      title = title.slice(0, bracketed.index);
      changed = true;
      continue;
    }
    const named = title.match(TRAILING_NAME);
    if (named && named.index! > 0 && people.has(named[1]!) && !findPriorityLabel(named[1]!) && !STATE_WORD.test(named[1]!)) {
      owner ??= named[1]!;
      notes.unshift(`Owner: ${named[1]}`);
      title = title.slice(0, named.index);
      changed = true;
      continue;
    }
    const refs = title.match(TRAILING_REFS);
    // "Address the comments on #45", "Close #12": a reference the sentence needs is its object, not a remark.
    if (refs && refs.index! > 0 && !REF_IS_OBJECT.test(title.slice(0, refs.index).trim())) {
      notes.unshift(refs[1]!);
      title = title.slice(0, refs.index);
      changed = true;
      continue;
    }
    const dashed = title.match(TRAILING_DASH_PART);
    const dashEffort = dashed && dashed.index! > 0 ? estimateOf(dashed[1]!.trim()) : undefined;
    if (dashed && dashEffort !== undefined) {
      effortHours ??= dashEffort;
      notes.unshift(dashed[1]!.trim());
      title = title.slice(0, dashed.index);
      changed = true;
      continue;
    }
    const gitlab = title.match(TRAILING_GITLAB_LABEL);
    if (gitlab && gitlab.index! > 0) {
      const said = gitlabLabel((gitlab[1] ?? gitlab[2])!);
      status ??= said.status ?? null;
      priorityLabel ??= said.priorityLabel ?? null;
      notes.unshift(gitlab[0].trim());
      title = title.slice(0, gitlab.index);
      changed = true;
      continue;
    }
    const moscow = title.match(MOSCOW_TAIL);
    if (moscow && moscow.index! > 0) {
      priorityLabel ??= horizonLabel(moscow[1]!);
      notes.unshift(moscow[0].trim().replace(/^[—–]\s+/, ""));
      title = title.slice(0, moscow.index);
      changed = true;
      continue;
    }
    const paren = title.match(TRAILING_PAREN);
    // "(Medium)" after a title is its priority.
    const inner = paren && paren.index! > 0 ? (paren[1] ?? paren[2])!.trim() : "";
    // "[sev1]", "(SEV-2)": a severity code is the entry's level too (recognise/severity-codes.ts maps it).
    const severity: string | null = inner && !priorityLabel && SEVERITY_CODE.test(inner) ? inner.toUpperCase().replace(/[-\s]/, "") : null;
    if (inner && !isVersionBump(title.slice(0, paren!.index), inner) && PRIORITY_ONLY.test(inner) && (findPriorityLabel(inner) || severity) && !priorityLabel) {
      priorityLabel = findPriorityLabel(inner) ?? severity;
      notes.unshift(paren![0].trim());
      title = title.slice(0, paren!.index);
      changed = true;
      continue;
    }
    // "… [bug] [good first issue]": a known label in brackets; "tags: [heavy]" after a colon is the title's own.
    const tagged = paren?.[2] !== undefined && isKnownLabel(paren[2]) && !/:\s*$/.test(title.slice(0, paren.index));
    // "… ✔️ (το έκανα ήδη)", "… ✅ (did it this morning)": a parenthesis right after a done mark is that mark's note.
    const marked = paren && paren.index! > 0 && paren[1] !== undefined && TRAILING_DONE.test(title.slice(0, paren.index));
    const remark = paren && paren.index! > 0 ? (tagged || marked ? {} : remarkOf((paren[1] ?? paren[2])!, people)) : null;
    if (paren && remark) {
      if (remark.owner) owner ??= remark.owner;
      if (remark.effortHours != null) effortHours ??= remark.effortHours;
      notes.unshift(paren[0].trim());
      title = title.slice(0, paren.index);
      changed = true;
      continue;
    }
    // "Follow up with Platform ✔ (already done)": the mark the remark hid says it is done.
    const done = notes.length > 0 ? title.match(TRAILING_DONE) : null;
    if (done && done.index! > 0) {
      status = "done";
      title = title.slice(0, done.index);
      changed = true;
    }
  }
  return { title: title.trim(), owner, effortHours, status, notes, priorityLabel };
}

/** A whole title line (a heading's text): its opening and closing parts. */
export function readTitleLine(text: string, people: ReadonlySet<string>): TitleParts {
  const head = readTitleHead(text, people);
  const tail = readTitleTail(head.title, people);
  return { ...tail, key: head.key, owner: head.owner ?? tail.owner, notes: [...head.notes, ...tail.notes] };
}
