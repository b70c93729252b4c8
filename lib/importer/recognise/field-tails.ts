import { isOwnerField, isPriorityField, isStatusField } from "../field-names";
import { findPriorityLabel } from "../priority";
import { statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";

// Fields closing a title line. People and task apps write an entry's fields after its title, set
// apart by a spaced dash, a double slash, a bar or brackets: "… — 担当: 佐藤", "… — 담당: 지은 (PO)",
// "… (مسؤولة: سارة)", "… // priorité 1 // 📅 lun. 8 déc.", "… [Label: IT]", "… (öneri: Burak)",
// "… `prioritas: tinggi`", and the emoji fields of task apps ("📅 Dec 9", "🏷 review", "⏱ 2h").
// A careful reader reads each as the field it names (an owner, a priority, a state, a label, a
// due date, an estimate, a suggestion or decision already taken) and none of it as what to do. A
// labelled part whose label is not one of these ("(Frist: 3 Monate)", "(max: 3)") says what to do
// and stays.

/** Labels of a tag field, in the languages of the vocabulary. */
const LABEL_WORDS = ["label", "labels", "tag", "tags", "etikett", "étiquette", "etiqueta", "etichetta", "etiket", "etykieta", "метка", "мітка", "ラベル", "タグ", "标签", "標籤", "라벨", "태그", "nhãn"];
/**
 * A suggestion or a decision already taken: "(öneri: Burak)", "(valt: OIDC mot Vault)", "(decided:
 * Postgres)". It says who or what was picked, a remark on the work, not the work.
 */
const CHOICE_WORDS = [
  "suggestion", "suggested", "proposal", "proposed", "chosen", "decided", "decision", "picked",
  "vorschlag", "gewählt", "entschieden", "entscheidung", "proposition", "choisi", "décidé", "décision", "sugerencia", "propuesta", "elegido", "decidido", "decisión",
  "proposta", "scelto", "deciso", "decisione", "sugestão", "escolhido", "decisão", "voorstel", "gekozen", "besloten", "besluit", "förslag", "valt", "vald", "beslut", "forslag", "valgt",
  "propozycja", "wybrano", "wybór", "decyzja", "предложение", "выбрано", "решение", "пропозиція", "обрано", "рішення", "öneri", "seçilen", "karar",
  "提案", "決定", "建议", "决定", "제안", "결정", "đề xuất", "quyết định", "usulan", "keputusan", "اقتراح", "قرار", "הצעה", "החלטה", "πρόταση", "απόφαση",
];
/**
 * An estimate of the work: "— **Becsült ráfordítás:** 2 nap", "— Aufwand: 3 PT", "— Estimate: 2d". How
 * long the work takes is a field of it, not what to do.
 */
const ESTIMATE_WORDS = [
  "estimate", "estimated effort", "effort", "est", "aufwand", "geschätzter aufwand", "schätzung", "esfuerzo", "estimación", "esfuerzo estimado",
  "estimation", "effort estimé", "charge estimée", "stima", "impegno", "schatting", "inspanning", "geschatte inspanning", "estimativa", "esforço", "esforço estimado",
  "uppskattning", "uppskattad insats", "estimat", "innsats", "anslått innsats", "estimeret indsats", "szacunek", "nakład", "nakład pracy", "оценка", "трудозатраты", "оцінка", "трудовитрати",
  "arvio", "työmääräarvio", "työmäärä", "hinnang", "töömaht", "ajakulu", "novērtējums", "darbietilpība", "įvertis", "apimtis", "odhad", "pracnost", "náročnosť",
  "procjena", "ocena", "procena", "becsült ráfordítás", "ráfordítás", "becslés", "becsült idő", "tahmin", "efor", "tahmini efor", "estimare", "efort", "efort estimat",
  "ước lượng", "estimasi", "perkiraan", "工数", "見積", "見積もり", "工时", "估算", "预估", "예상 공수", "공수",
];
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const words = (list: string[]) => new RegExp(`^(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join("|")})$`, "iu");
const LABEL = words(LABEL_WORDS);
const CHOICE = words(CHOICE_WORDS);
const ESTIMATE_LABEL = words(ESTIMATE_WORDS);

/** "label: value", "担当：田中": a short label (one to three words) and its value. */
const LABELLED = /^([\p{L}][\p{L}\p{M} ]{0,24}?)\s*[:：]\s*(\S.{0,60})$/u;
/** The emoji fields of task apps: due or scheduled date, label, duration, reminder, assignee. */
const EMOJI_FIELD = /^[📅📆🗓⏰⏱⏲⌛🏷🔖👤]\uFE0F?\s*\S[^📅📆🗓⏰⏱⏲⌛🏷🔖👤]{0,30}$/u;
/** "priorité 1", "Priority high", "prio 2": a priority word and its level, without a colon. */
const PRIORITY_LEVEL = /^(\p{L}+)\s+(\S+)$/u;

export interface FieldTail {
  /** Where the field (with its separator) starts in the title. */
  index: number;
  note: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
}

/** What a field part says, or null when it is not a field (then it is title words). */
function readField(part: string): Omit<FieldTail, "index"> | null {
  const said = part.replace(/[`*_]/g, "").trim();
  const out = { note: said, priorityLabel: null as string | null, status: null as ItemStatus | null };
  // "🏷 @waiting", "🏷 bloqué": a label that names a state is the entry's state.
  if (EMOJI_FIELD.test(said)) return { ...out, status: /^[🏷🔖]/u.test(said) ? statusWordIn(said.replace(/^\S+\s*@?/u, "")) : null };
  const labelled = said.match(LABELLED);
  if (labelled) {
    const [label, value] = [labelled[1]!.trim(), labelled[2]!.trim()];
    if (isOwnerField(`${label}:`)) return { ...out, note: `Owner: ${value}` };
    if (isPriorityField(label) && label.split(/\s+/).length <= 2) return { ...out, priorityLabel: findPriorityLabel(value) ?? (/^\d$/.test(value) ? `Priority ${value}` : null) };
    if (isStatusField(label) && label.split(/\s+/).length <= 2) return { ...out, status: statusWordIn(value) };
    if (LABEL.test(label) || CHOICE.test(label) || ESTIMATE_LABEL.test(label)) return out;
    return null;
  }
  const level = said.match(PRIORITY_LEVEL);
  if (level && isPriorityField(level[1]!)) {
    const priorityLabel = findPriorityLabel(said);
    if (priorityLabel) return { ...out, priorityLabel };
  }
  return null;
}

/** A spaced separator: dash, double slash, bar. */
const SEPARATOR = /\s+(?:[—–]|-{1,2}|\/\/|\|)\s+/gu;
/** A separator left dangling once the field after it is taken off ("… // priorité 1 //"). */
const DANGLING = /\s*(?:[—–]|-{1,2}|\/\/|\|)\s*$/u;

/** The part after the last spaced separator, as a match (index = where the separator starts). */
function lastSeparated(title: string): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of title.matchAll(SEPARATOR)) last = m;
  if (!last) return null;
  const part = title.slice(last.index! + last[0].length).trim();
  if (!part) return null;
  const m = [title.slice(last.index!), part] as unknown as RegExpMatchArray;
  m.index = last.index!;
  return m;
}
/** A part in brackets or parentheses closing the line. */
const BRACKETED = /\s*(?:\(([^()]+)\)|\[([^[\]]+)\]|（([^（）]+)）)\s*$/u;
/** "… [Label: IT] — Angebot liegt vor": after a field in brackets, a dash opens a remark. */
const BRACKETED_THEN_DASH = /\s*(?:\(([^()]+)\)|\[([^[\]]+)\])\s+[—–]\s+[^—–()[\]]{1,80}$/u;
/** A field run into the line with no separator but its emoji ("… 📅 Dec 9") or its label ("… prioritas: tinggi"). */
const EMOJI_TAIL = /\s+([📅📆🗓⏰⏱⏲⌛🏷🔖👤]\uFE0F?\s*[^📅📆🗓⏰⏱⏲⌛🏷🔖👤]{1,30})$/u;
const RUN_IN_LABEL = /(?<=[\p{L}\p{N})\]])\s+(\p{L}+\s*[:：]\s*\p{L}+)\s*$/u;

/**
 * The last field closing a title, where it starts and what it says; null when the title ends in
 * its own words. Call again on what is left to read a run of fields.
 */
export function fieldTail(title: string): FieldTail | null {
  const candidates: Array<[RegExpMatchArray | null, boolean]> = [
    [lastSeparated(title), false],
    [title.match(BRACKETED), false],
    [title.match(EMOJI_TAIL), false],
    // Tried at every space: only run when the title has a colon to find.
    [title.includes(":") || title.includes("：") ? title.match(RUN_IN_LABEL) : null, true],
  ];
  for (const [m, runIn] of candidates) {
    if (!m || m.index! === 0) continue;
    const part = (m[1] ?? m[2] ?? m[3])!;
    const field = readField(part);
    // A label run into the line counts only when it names the priority ("… prioritas: tinggi") or,
    // capitalised as a field is ("… Status: done"), the state it gives, after a title of two words or
    // more: "Rename the state: open" and "Change priority: high" are what to do.
    const ranIn = () => (field!.priorityLabel || (field!.status && /^\p{Lu}/u.test(part))) && title.slice(0, m.index).trim().split(/\s+/).length >= 2 && !/\b(?:the|a|an|der|die|das|le|la|el|il|de)$/i.test(title.slice(0, m.index).trim());
    if (field && (!runIn || ranIn())) return { index: title.slice(0, m.index!).replace(DANGLING, "").length, ...field };
  }
  const then = title.match(BRACKETED_THEN_DASH);
  if (then && then.index! > 0) {
    const field = readField((then[1] ?? then[2])!);
    if (field) return { index: then.index!, ...field, note: then[0].trim() };
  }
  return null;
}
