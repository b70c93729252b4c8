import { withoutOrdinalPhase } from "./recognise/ordinal-phases";
import { closingLegendLevel, markDefinitionLines } from "./recognise/mark-definitions";
import { ARROW_MARKS } from "./recognise/arrow-marks";
import { trailingGloss } from "./recognise/glossed-horizon";
import { MORE_HORIZON_WORDS } from "./recognise/horizon-words";
import { withoutOptionalMarks } from "./recognise/optional-marks";
import { PRIORITY_NOUNS_FIRST } from "./recognise/priority-nouns-first";
import { URALIC_ROMANIAN_HORIZON_WORDS } from "./recognise/uralic-romanian-horizons";
import { namesNextTimebox } from "./recognise/next-timebox";
import { scaleLines } from "./recognise/scale-lines";
import type { Priority } from "./types";
import { CJK_LEVEL_WORDS, CJK_PRIORITY_NOUNS, HORIZON_WORDS, LEGEND_LEVEL_WORDS, LEVEL_WORDS, NOUN_BOUND_LEVEL_WORDS, PRIORITY_NOUNS, WORK_NOUNS_FIRST, WORK_NOUNS_FIRST_UNSPACED } from "./vocabulary";

/** An alternation of words, longest first, escaped. */
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

// Priority labels as plans write them, and the default mapping to P0–P3 that the import dry run
// shows and lets a lead adjust before committing.

/**
 * Horizon, urgency and MoSCoW words a heading can start with ("## Immediate (Critical - Do First)",
 * "## Short term", "## Must have", "## Kurzfristig"): each is a priority label of its own, so the
 * dry run shows it and the lead can remap it like "Priority 1–5".
 */
// Now / Next / Later and MoSCoW words in other languages join each horizon (recognise/horizon-words.ts).
const horizon = (english: string, words: keyof typeof HORIZON_WORDS | "Won't have") =>
  new RegExp(`^(?:${english}|${alt([...(words === "Won't have" ? [] : [...HORIZON_WORDS[words], ...URALIC_ROMANIAN_HORIZON_WORDS[words]]), ...MORE_HORIZON_WORDS[words]])})(?![\\p{L}\\p{N}])`, "iu");
const HORIZONS: { pattern: RegExp; label: string; priority: Priority }[] = [
  // "Hot" / "On fire": what is burning now, the way a team's TODO file names its top group.
  { pattern: horizon("immediate(?:ly)?|now|do first|urgent|hot|on fire|must(?:[\\s-]+have)?", "Immediate"), label: "Immediate", priority: "P0" },
  { pattern: horizon("short[\\s-]*term|next|should(?:[\\s-]+have)?", "Short term"), label: "Short term", priority: "P1" },
  { pattern: horizon("medium[\\s-]*term|mid[\\s-]*term|later|could(?:[\\s-]+have)?", "Medium term"), label: "Medium term", priority: "P2" },
  { pattern: horizon("long[\\s-]*term|nice[\\s-]+to[\\s-]+have|someday", "Long term"), label: "Long term", priority: "P3" },
  { pattern: horizon("won'?t(?:[\\s-]+have)?|will not have", "Won't have"), label: "Won't have", priority: "P3" },
];

// Priority words in other languages (vocabulary.ts), read as their English words ("Prioridad alta" → "High").
const FOREIGN = Object.values(LEVEL_WORDS).flat();
const WORDS: Record<string, string> = {
  blocker: "Critical", urgent: "Critical", serious: "High", moderate: "Medium", minor: "Low",
  // Jira's and YouTrack's default scales: Show-stopper > Critical > Major > Normal > Minor > Trivial.
  "show-stopper": "Critical", showstopper: "Critical", major: "High", trivial: "Low",
  ...Object.fromEntries(Object.entries(LEVEL_WORDS).flatMap(([level, words]) => words.map((w) => [w, level]))),
};
const WORD = `Critical|Highest|High|Medium|Normal|Low|Lowest|Blocker|Urgent|Serious|Moderate|Minor|Show-stopper|Showstopper|Major|Trivial|${alt(FOREIGN)}`;
const PRIORITY_WORD = alt(PRIORITY_NOUNS);
const NAMES_PRIORITY = new RegExp(`(?<![\\p{L}])(?:${PRIORITY_WORD})(?![\\p{L}])`, "iu");
// Chinese and Japanese levels are single characters (高, 中, 低): a priority only beside a priority
// noun ("優先度：高", "高優先度", "优先级: 中"), never alone (中 is also "in", "during").
const CJK_LEVEL: Record<string, string> = Object.fromEntries(Object.entries(CJK_LEVEL_WORDS).flatMap(([level, words]) => words.map((w) => [w, level])));
const CJK_LEVELS = alt(Object.keys(CJK_LEVEL));
const CJK_NOUNS = alt(CJK_PRIORITY_NOUNS);
const CJK_LABEL = `(?:${CJK_NOUNS})\\s*[:：]?\\s*(${CJK_LEVELS})|(${CJK_LEVELS})\\s*(?:${CJK_NOUNS})|(最優先|最优先)`;

// Thai writes the noun and its level as one run of letters ("ความสำคัญสูง", importance high): no
// space or word boundary between them, so the level is read only right after a Thai priority noun.
const THAI = /^[\u0E00-\u0E7F]+$/u;
const THAI_LABEL = `(?:${alt(PRIORITY_NOUNS.filter((w) => THAI.test(w)))})\\s*[:：]?\\s*(${alt(FOREIGN.filter((w) => THAI.test(w)))})`;

/** Regex sources for readers that find a priority inside a line (recognise/entry.ts). */
export const PRIORITY_SOURCES = { noun: PRIORITY_WORD, level: WORD, cjk: CJK_LABEL };

// "Prioritate mare": a level word read only right after the priority noun (vocabulary.ts NOUN_BOUND_LEVEL_WORDS).
const BOUND_LEVEL: Record<string, string> = Object.fromEntries(Object.entries(NOUN_BOUND_LEVEL_WORDS).flatMap(([level, words]) => words.map((w) => [w, level])));
const BOUND_WORD = alt(Object.keys(BOUND_LEVEL));
const BOUND_LABEL = new RegExp(`(?<![\\p{L}])(?:${PRIORITY_WORD})\\s*[:：]?\\s*(${BOUND_WORD})(?![\\p{L}])`, "iu");

const LABEL_PATTERNS: RegExp[] = [
  // "P-1": the hyphenated P-level some trackers and spreadsheets write (never a key: "P-1234" has more digits).
  /\b(P\d{1,2}|P-[0-4])\b/,
  new RegExp(`(?<![\\p{L}])((?:${PRIORITY_WORD})\\s*[:：]?\\s*[0-9])\\b`, "iu"),
  // "(low-end)", "high-level design", "medium-sized": a level word joined by a hyphen to another word is a
  // compound adjective, not a priority ("high-prio", "low-priority" still are).
  new RegExp(`(?<![\\p{L}])((?:${WORD})(?:\\s+(?:${PRIORITY_WORD}))?)(?![\\p{L}]|-(?!prio)\\p{L})`, "iu"),
  new RegExp(CJK_LABEL, "u"),
  new RegExp(THAI_LABEL, "u"),
  BOUND_LABEL,
];
const WORD_ONLY = new RegExp(`^\\W*(?:(?:${WORD})(?:\\s+(?:${PRIORITY_WORD}))?|(?:${PRIORITY_WORD})\\s*[:：\\-–—]?\\s*(?:${WORD}|${BOUND_WORD}))\\W*$|^[^\\p{L}\\p{N}]*(?:${CJK_LABEL})[^\\p{L}\\p{N}]*$`, "iu");

// Indonesian speech adds a particle to the word ("Nanti aja", "Nanti dulu": later, just later).
// Hindi puts the work after the horizon as English does ("तुरंत करने वाले काम": work to do at once).
// A closing emoji only decorates the word ("Urgent 🔴", "Терміново ⚡"): the word alone is still the horizon.
const HORIZON_REST =
  /^(?:\s+(?:actions?|items?|priorit(?:y|ies)|fixes|tasks?|work|goals?|improvements?|aja|saja|dulu|deh|करने वाले काम|करने के काम|किए जाने वाले काम|काम|कार्य))?\s*(?:$|[(:\-–—|/（：]|[\p{Extended_Pictographic}\uFE0F\u200D\s]{1,12}$)/iu;
// Words that are a priority alone in a heading only in English ("## Media" is a topic, not "Medium").
const FOREIGN_ALONE = new RegExp(`^\\W*(?:${alt(FOREIGN)})\\W*$`, "iu");

/**
 * "### High impact", "## Low severity", "Medium urgency": a level word with a noun that ranks work
 * is a priority heading, as "High Priority" is; "High availability" is not.
 */
const RANKS_BY_IMPACT = new RegExp(`^\\W*(?:${WORD})\\s+(?:impact|urgency|severity|importance)\\W*$`, "iu");

/**
 * "### No priority", "Unprioritised", "Ohne Priorität": the tracker's group of work nobody ranked yet.
 * It holds work like its sibling priority groups; it adds no category and no priority.
 */
export const NO_PRIORITY_HEADING = /^\W*(?:no priority|without priority|unprioriti[sz]ed|not prioriti[sz]ed|ohne priorität|sin prioridad|sans priorité|geen prioriteit)\W*$/i;

// "Prioridades urgentes", "الأولويات العاجلة": the word "priorities" before its horizon (recognise/priority-nouns-first.ts).
const WORK_NOUN_FIRST = new RegExp(`^(?:(?:${alt([...WORK_NOUNS_FIRST, ...PRIORITY_NOUNS_FIRST])})\\s+|(?:${alt(WORK_NOUNS_FIRST_UNSPACED)}))(?=\\p{L})`, "iu");

/** The horizon label a heading starts with ("Long Term (Nice to Have)" → "Long term"), if any. */
export function horizonLabel(text: string): string | null {
  // "لاحقاً" is "لاحقا" with its vowel marks (recognise/optional-marks.ts).
  // "3. fázis: Hosszú táv": the horizon after an ordinal phase (recognise/ordinal-phases.ts).
  const opened = withoutOrdinalPhase(withoutOptionalMarks(text)).replace(/^[^\p{L}\p{N}]+/u, "").replace(/^\d+(?:\.\d+)*[.)]?\s+/, "");
  // "المهام العاجلة", "Tareas urgentes": the tasks noun first, then the horizon (vocabulary.ts WORK_NOUNS_FIRST).
  const t = opened.replace(WORK_NOUN_FIRST, "");
  // "Next sprint", "Neste sprint": the coming time box is the Next column (recognise/next-timebox.ts).
  if (namesNextTimebox(t)) return "Short term";
  for (const h of HORIZONS) {
    const m = t.match(h.pattern);
    // "Next" and "Now (this sprint)" are horizons; "Next steps" and "Now that …" are not.
    if (m && HORIZON_REST.test(t.slice(m[0].length))) return h.label;
  }
  return null;
}

// A gloss that is words only ("Should have"), not "Next: see below".
const WHOLE_HORIZON = /^\p{L}[\p{L}'’\s-]*$/u;

/** The priority label in a heading or cell ("## Priority 2: Data" → "Priority 2", "P0: Critical Blockers" → "P0"). */
export function findPriorityLabel(written: string, { headingOnly = false } = {}): string | null {
  const text = withoutOptionalMarks(written);
  for (const [i, pattern] of LABEL_PATTERNS.entries()) {
    const m = text.match(pattern);
    if (!m) continue;
    // In headings, a plain word like "High" is a priority only if the heading is about priority
    // ("High Priority", "Priority: High") — not "High Availability".
    if (headingOnly && i === 2 && !NAMES_PRIORITY.test(text) && !RANKS_BY_IMPACT.test(text) && (text.trim().split(/\s+/).length > 1 || FOREIGN_ALONE.test(text))) continue;
    if (i === 3) return m[3] ? "Critical" : CJK_LEVEL[(m[1] ?? m[2])!]!;
    if (pattern === BOUND_LABEL) return BOUND_LEVEL[m[1]!.toLowerCase()]!;
    return canonicalLabel(m[1]!);
  }
  // A cell or field value that is only a level ("高" under 優先度) is that level; a heading needs the noun.
  const bare = text.replace(/[^\p{L}\p{N}]/gu, "");
  if (!headingOnly && Object.hasOwn(CJK_LEVEL, bare)) return CJK_LEVEL[bare]!;
  if (!headingOnly) return null;
  // "Inafaa (Should have)": a heading glossed by a horizon ranks by its gloss (recognise/glossed-horizon.ts).
  const gloss = trailingGloss(text);
  return horizonLabel(text) ?? (gloss && WHOLE_HORIZON.test(gloss) ? horizonLabel(gloss) : null);
}

const TRAILING_PRIORITY_WORD = new RegExp(`\\s*(?:${PRIORITY_WORD})$`, "i");

function canonicalLabel(label: string): string {
  const t = label.trim().replace(/\s+/g, " ");
  if (/^p-?\d+$/i.test(t)) return t.toUpperCase().replace("-", "");
  if (/^\p{L}+\s*[:：]?\s*\d$/iu.test(t)) return `Priority ${t.slice(-1)}`;
  const word = t.replace(TRAILING_PRIORITY_WORD, "");
  const english = WORDS[word.toLowerCase()] ?? word;
  return english.charAt(0).toUpperCase() + english.slice(1).toLowerCase();
}

// Built once: each is a large pattern of every priority word (compiled once, not per heading).
const LEADING_NUMBERED_PRIORITY = new RegExp(`^\\W*(?:P\\d{1,2}|(?:${PRIORITY_WORD})\\s*[:：]?\\s*[0-9])\\s*[:：\\-–—]?\\s*`, "iu");
const LEADING_WORD_PRIORITY = new RegExp(`^\\W*(?:${WORD})\\s+(?:${PRIORITY_WORD})\\s*[:：\\-–—]?\\s*`, "iu");
const LEADING_PRIORITY_FIELD = new RegExp(`^\\W*(?:${PRIORITY_WORD})\\s*[:：]\\s*(?:${WORD})\\s*[:：\\-–—]\\s*`, "iu");
const LEADING_CJK_LABEL = new RegExp(`^[^\\p{L}\\p{N}]*(?:${CJK_LABEL})[^\\p{L}\\p{N}]*`, "u");
const TRAILING_PRIORITY_TAG = new RegExp(`\\s*[([（](?:P\\d{1,2}|Priority\\s*\\d|(?:${WORD})(?:\\s+(?:${PRIORITY_WORD}))?|(?:${PRIORITY_WORD})\\s*[:：=-]?\\s*(?:${WORD}|P\\d{1,2}|\\d)|${CJK_LABEL})[)\\]）]\\s*$`, "iu");
/**
 * Whether a heading is only a priority said twice: "P0 — критично", "P1 - High", "P2: Medium". The level
 * glossing the P-token is the same priority again, no group's name (an SLA row keeps it as its label).
 */
export const onlyGlossedLevel = (text: string): boolean => {
  const stripped = stripPriorityLabel(text);
  return stripped !== text && WORD_ONLY.test(stripped);
};
/** Whether the text is only a level word ("High", "Critical", "высокий", "High priority"), not a horizon or a name. */
export const isLevelWordOnly = (text: string): boolean => WORD_ONLY.test(text);

/** Removes the priority token from a heading ("P0: Critical Blockers (…)" → "Critical Blockers"). */
export function stripPriorityLabel(text: string): string {
  // A heading that is only a priority ("## Critical", "### High Priority") adds no category.
  if (WORD_ONLY.test(text)) return "";
  // A horizon heading ("Immediate (Critical - Do First)", "Must have") is a priority, not a category.
  if (horizonLabel(text) && !/[:\-–—]\s*\p{L}/u.test(withoutOrdinalPhase(text).replace(/\([^)]*\)/g, ""))) return "";
  const stripped = text
    .replace(LEADING_NUMBERED_PRIORITY, "")
    .replace(LEADING_WORD_PRIORITY, "")
    .replace(LEADING_PRIORITY_FIELD, "")
    .replace(LEADING_CJK_LABEL, "")
    // "Authentication (P0)", "Rate limits (High Priority)": a trailing priority tag.
    // "Tech (प्राथमिकता: उच्च)", "Marketing (Priorität: mittel)": the tag with its noun first.
    .replace(TRAILING_PRIORITY_TAG, "");
  if (stripped === text) return text;
  // The parenthetical after a priority heading explains its deadline ("(Complete within 24 hours)").
  return stripped.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

/** The mapping the dry run proposes: Priority 1..5 → P0,P1,P2,P3,P3; Critical → P0; High/Medium/Low → P1/P2/P3; P4 and above → P3. */
export function defaultPriorityFor(label: string): Priority | null {
  const t = label.trim().toLowerCase();
  const p = t.match(/^p(\d{1,2})$/);
  if (p) return (["P0", "P1", "P2", "P3"] as const)[Math.min(Number(p[1]), 3)]!;
  const n = t.match(/^priority\s*([0-9])$/);
  if (n) return (["P0", "P0", "P1", "P2", "P3", "P3", "P3", "P3", "P3", "P3"] as const)[Number(n[1])]!;
  const horizon = HORIZONS.find((h) => h.label.toLowerCase() === t);
  if (horizon) return horizon.priority;
  if (/^(critical|highest|blocker|urgent)$/.test(t)) return "P0";
  if (t === "high" || t === "serious") return "P1";
  if (t === "medium" || t === "normal" || t === "moderate") return "P2";
  if (t === "low" || t === "lowest" || t === "minor") return "P3";
  return null;
}

export type PriorityMap = Record<string, Priority | null>;

/** Default mapping for every label, overridden by the user's choices. */
export function resolvePriority(label: string | null, overrides: PriorityMap = {}): Priority | null {
  if (!label) return null;
  return Object.hasOwn(overrides, label) ? overrides[label]! : defaultPriorityFor(label);
}

/**
 * Marks whose count is a priority: "(!!!)", "(!)", "🔥🔥🔥", "⭐⭐". The run of one mark is the
 * mark; its length the strength.
 */
export const PRIORITY_MARK_CHARS = "🔥⭐★❗";
/**
 * Coloured marks ("🔴 critical · 🟠 important · 🟡 minor"): a priority only where the document's key
 * says so (otherwise they are states, recognise/state-marks.ts), one mark each, never counted.
 */
// Trello and Planner draw their label colours as squares ("🟥 red = urgent"): coloured marks too.
const COLOUR_MARKS = "🔴🟠🟡🟢🔵🟣⚪⚫🟤🟥🟧🟨🟩🟦🟪🟫";
// Arrows ("⬆️ high · ⬇️ low") rank like the coloured marks: only where the key says so (recognise/arrow-marks.ts).
const MARK_RUN = new RegExp(`\\((!{1,5})\\)|((?:[${PRIORITY_MARK_CHARS}]\\uFE0F?)+|[${COLOUR_MARKS}]|[${ARROW_MARKS}](?=\\uFE0F?\\s))\\uFE0F?`, "gu");
/** Legend words for a level that are not priority words elsewhere ("important" is a common title word). */
const LEGEND_ONLY = (["High", "Low"] as const).map((level) => [level, new RegExp(`^(?:${alt(LEGEND_LEVEL_WORDS[level])})(?![\\p{L}\\p{N}])`, "iu")] as const);
// A horizon said in the key ("🔥 терміново", "⏳ later") ranks its mark as the heading would.
// "tarefa marcada como importante": a level word closing the meaning (recognise/mark-definitions.ts).
const legendLevel = (words: string) => findPriorityLabel(words) ?? LEGEND_ONLY.find(([, pattern]) => pattern.test(words))?.[0] ?? horizonLabel(words) ?? closingLegendLevel(words);
const markKey = (run: string) => run.replace(/\uFE0F/g, "");

/**
 * "Priorities: (!!!) urgent, (!!) high, (!) low" or "Priority key: 🔥🔥🔥 drop everything · 🔥 later":
 * what each mark says in this document's words, when those words are a priority ("urgent" → Critical).
 */
export function priorityMarksOf(text: string): Map<string, string | null> {
  const marks = new Map<string, string | null>();
  // A line naming a legend, a priority or a severity in any language of the vocabulary (recognise/scale-lines.ts).
  // "⭐ = tarefa marcada como importante": a line defining one mark is a key too (recognise/mark-definitions.ts).
  for (const line of [...scaleLines(text), ...markDefinitionLines(text)]) {
    const runs = [...line.matchAll(MARK_RUN)];
    runs.forEach((m, i) => {
      const run = markKey(m[1] ?? m[2]!);
      if (new Set([...run]).size > 1) return;
      const words = line.slice(m.index! + m[0].length, runs[i + 1]?.index ?? line.length).replace(/[·,;|.]/g, " ").trim();
      // A later line using the mark ("- Labels: 🟥 red, android") does not undo the level the key gave it.
      if (!marks.get(run)) marks.set(run, words ? legendLevel(words) : null);
    });
  }
  return marks;
}

/**
 * A mark run → priority label: the document's key if it names a priority, else by strength: the
 * strongest mark the document uses (three at least) is P0, one fewer P1, and so on.
 */
export function markPriority(run: string, marks: Map<string, string | null>): string {
  const key = markKey(run);
  const said = marks.get(key);
  if (said) return said;
  const mark = [...key][0]!;
  const strongest = Math.max(3, ...[...marks.keys()].filter((k) => k.startsWith(mark)).map((k) => [...k].length));
  return `P${Math.min(3, Math.max(0, strongest - [...key].length))}`;
}

/**
 * The priority a description opens with: "(1.3.1) — Critical. Placeholders are …" → Critical, the
 * way an audit says its impact after a bold title. Only a lone word ending its sentence counts.
 */
export function leadingPriority(rest: string): string | null {
  const t = rest.replace(/^(?:\s*(?:\([^)]*\)|[-–—:|·]))*\s*/u, "");
  // "Priority 2." and "Priority 1 ✅" open it as well as "Critical.": the numbered scale said in words.
  const m = t.match(/^(\p{L}+(?:\s+priority)?|(?:priority|prioridad|priorität|priorité|prioriteit)\s*\d)\s*(?:[.;]|[✅✓☑✔🚧]\uFE0F?\s*$|$)/iu);
  return m ? findPriorityLabel(m[1]!) : null;
}
