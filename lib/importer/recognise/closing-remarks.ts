import type { FoundItem } from "../context";
import { findPriorityLabel } from "../priority";
import type { ItemStatus } from "../types";
import { isVersionBump } from "./remark-parens";
import { isDashRemark } from "./dash-remarks";
import { isHonoured } from "./honorific-names";
import { statusAroundDescription, statusWordIn } from "../status-words";
import { LEGEND_LEVEL_WORDS, URGENCY_WORDS } from "../vocabulary";

// A last look at how a title closes, after the readers and the tidying pass (title-tails.ts): remarks
// of a kind a careful reader always takes off, which the readers before do not know because they need
// the whole document or are said in a way the readers' word lists miss (README "Titles": a trailing
// remark is recognised by its kind — who, why, when, where, the state of things now):
//
//   - a status mark, then a few words about it: "Test the heaters ✔ done Tue", "… ✓ signed Priya + Ahmed",
//     "… ✔ imekamilika", "… ✅ हो गई" — the mark says done, the words are its note;
//   - a code the document's own legend defines: "(R)" under "(R) = prestataire externe" is a label;
//   - a parenthesis saying what has already happened: "(TTOs already ordered)", "(zia ha già pagato la prima)";
//   - a parenthesis that is a guess or a question: "(vlotter?)", "(Horst? Uwe?)";
//   - a parenthesis that is a sentence about someone: "(she called twice)", "(I've never tiled, …)";
//   - a parenthesis giving only when: a weekday "(dissabte)", a word then a clock time "(requested 22:40)";
//   - a parenthesis naming a storage location: "(s3://tf-state/…, versão 41)";
//   - after a comma, a bare priority word, perhaps with its own remark: "…, hoog", "…, laag, wacht op droog weer",
//     "…, urgent (regen komt binnen)" — the level is the entry's priority.
//
// Everything taken off goes to the description; a mark or a level goes to the status or the priority.

/** "✔ done Tue", "✓ signed Priya + Ahmed": a done mark after the title, then at most a few words. */
const MARK_TAIL = /\s+[✅✓✔☑]\uFE0F?(?:\s+([^✅✓✔☑✗✘❌()（）\n]{1,60}))?$/u;
const MAX_MARK_WORDS = 5;
/** A trailing parenthesis, and (for a legend's code) a dash remark after it. */
const TRAILING_PAREN = /\s*[(（]([^()（）]{1,120})[)）]\s*$/u;
// "Ceiling tile stained (leak?) — investigate source": after any other remark, the dash clause may be the work.
const CODE_THEN_DASH = /\s*[(（]([^()（）]{1,12})[)）]\s+(?:--|[—–-])\s+[^()（）]{1,120}$/u;
/** "already", in the languages the importer reads: a remark about what has happened, not the work. */
const ALREADY =
  /(?<![\p{L}])(?:already|bereits|schon|déjà|ya|já|già|redan|allerede|allaqachon|już|уже|вже|zaten|sudah|telah|đã|ήδη|jau|juba|már|deja|vec|već|již|už)(?![\p{L}])|पहले ही|既に|すでに|もう|已经|已經|이미|แล้ว/iu;
/** Pronoun, then more words: a sentence about someone ("she called twice", "I've never tiled", "it's all on my phone"). */
const PRONOUN_CLAUSE =
  /^(?:she|he|they|i|i'm|i’m|i've|i’ve|i'd|i’d|it's|it’s|we're|we’re|we've|we’ve|sie hat|er hat|ich|elle|il a|il est|j'ai|j’ai|hun|han|hon|jag|ik)\s+\p{L}/iu;
/** Weekday names (en, de, fr, es, ca, it, pt, nl, sv/no/da, pl, cs, ru, uk, tr, id, fi, ro). */
const WEEKDAY =
  /^(?:(?:on|am|le|el|il|op|på|w|v|в|у)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|søndag|söndag|lørdag|mandag|tirsdag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|субота|неділя|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|luni|marți|miercuri|joi|vineri|sâmbătă|duminică)$/iu;
/** "requested 22:40", "called at 9.30": one word, then a clock time — when something happened. */
const WORD_THEN_TIME = /^\p{L}+(?:\s+(?:at|um|à|a las|alle|om|kl\.?|o))?\s+\d{1,2}[:.]\d{2}$/iu;
/** "s3://bucket/…", "https://…": where something is kept. */
const LOCATION = /^(?:s3|gs|az|https?|ftp|smb|file):\/\/\S/iu;
/** A guess, a word or a name each with a question mark: "(vlotter?)", "(Horst? Uwe?)", "(oma?)". */
// Alternatives asked about ("(rent or buy?)", "(¿nocturno? ¿semanal?)") say what to decide: they stay.
const GUESS = /^[\p{L}\p{N}'’.-]{1,30}\s?\?(?:\s+[\p{L}\p{N}'’.-]{1,30}\s?\?){0,3}$/u;
/** "(Оксана Петрівна)", "(Иван Сергеевич)": a given name and a patronymic are how East Slavic writers name a person. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?:ович|евич|йович|ійович|івна|ївна|овна|евна|ич|ична|инична)$/u;
/** "（张婷负责）", "（田中担当）": a Han name and "in charge" — who does it. */
const HAN_OWNER = /^\p{Script=Han}{2,4}(?:负责|負責|担当|負担)$/u;
/** "(forår)", "(Ιανουάριος)", "(misschien in het voorjaar)": a season or a month alone, perhaps hedged — when. */
const SEASON_OR_MONTH =
  /^(?:(?:maybe|perhaps|vielleicht|misschien|kanske|måske|kanskje|peut-être|quizás|forse|talvez)\s+)?(?:(?:in|im|in het|i|om|au|en|a|na|w)\s+)?(?:spring|summer|autumn|fall|winter|frühling|frühjahr|sommer|herbst|voorjaar|lente|zomer|najaar|herfst|forår|efterår|vinter|vår|höst|høst|printemps|été|automne|hiver|primavera|verano|otoño|invierno|estate|autunno|inverno|verão|outono|wiosną|latem|jesienią|zimą|ιανουάριος|φεβρουάριος|μάρτιος|απρίλιος|μάιος|ιούνιος|ιούλιος|αύγουστος|σεπτέμβριος|οκτώβριος|νοέμβριος|δεκέμβριος|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus)$/iu;
/** Korean "now" with its topic particle: "(지금은 noeviction)", "(현재는 수동)" — how things stand now. */
const NOW_TOPIC = /^(?:지금|현재|요즘)(?:은|는|도)\s/u;
/** A code defined by the document's legend: "(R) = prestataire externe", "(E): extern". */
// Only "=" or ":" define it: "(AVG) — verplicht …" is a title going on.
const LEGEND_CODE = /[(（](\p{L}{1,3}\*?|\*{1,3})[)）]\s*[=:：]\s*\p{L}/gu;
/** ", hoog", ", **urgent** (regen komt binnen)", ", laag, wacht op droog weer": a comma, a level word, then at most a remark. */
const COMMA_LEVEL = /,\s+[*_]{0,2}(\p{L}+)[*_]{0,2}(\s*[(（][^()（）]{1,80}[)）]|,\s*[^,()]{1,60})?\s*$/u;

const LEVELS = new Set(["Critical", "High", "Medium", "Low"]);

/** Case and accents folded: Greek capitals drop their tonos ("ΕΠΕΙΓΟΝ" is "επείγον"). */
const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
/**
 * Set off alone after a dash, a comma or in parentheses, an importance word ("— ВАЖНО", "— **penting**",
 * "— VIKTIG, …") ranks the entry High, and an urgency word ("(haraka)", "जल्दी!!", "— ΕΠΕΙΓΟΝ") Immediate:
 * nothing else is said there. In running text these words stay title words (vocabulary.ts reads them
 * as levels only in a document's key).
 */
const IMPORTANT = new Set([...LEGEND_LEVEL_WORDS.High, "muhimu"].map(fold));
const URGENT = new Set([...URGENCY_WORDS, "haraka", "जल्दी", "jaldi", "urgent", "urgente", "urgentní", "sürgős", "kiireellinen", "ด่วน"].map(fold));

/** The level a word set off on its own gives, if any. */
function levelOf(word: string): string | null {
  const folded = fold(word.trim());
  if (URGENT.has(folded)) return "Critical";
  if (IMPORTANT.has(folded)) return "High";
  const label = findPriorityLabel(word) ?? findPriorityLabel(folded);
  return label && LEVELS.has(label) ? label : null;
}

/** " — ВАЖНО", " – Pflicht!", " — VIKTIG, vaktmester klager", " — Bi. Rehema (haraka)": a dash, one or two words, perhaps a remark. */
// "… 🔥 терміново": a mark may set the word off as a dash does.
const DASH_WORD = /\s+(?:--\s+|[—–-]\s+|\p{Extended_Pictographic}\uFE0F?\s*)[*_]{0,2}(\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?)[*_]{0,2}(!*)(\s*[(（][^()（）]{1,80}[)）]|\s*[,;]\s*[^—–()]{1,60})?\s*$/u;
/** "…【高】", "…〔中〕": a CJK bracketed level closing the title (recognise/cjk-bracket-levels.ts reads it opening one). */
const CJK_BRACKET_LEVEL = /\s*[【〔［\[]([^【】〔〕［］\[\]]{1,8})[】〕］\]]\s*$/u;
/** "(haraka)", "(**URGENTE**)": a parenthesis holding only a level. */
const PAREN_WORD = /\s*[(（][*_]{0,2}(\p{L}+(?:\s\p{L}+)?)[*_]{0,2}!*[)）]\s*$/u;

/**
 * " — جارٍ", " — ติดรอ LINE อนุมัติบัญชี", " — अभी बात चल रही है", " — 지훈": a clause after a spaced dash in a
 * script without letter case. The entry reader weighs only lower-case clauses (a capital opens a new
 * title part); in these scripts every clause opens alike, so the clause's kind decides: a remark by its
 * opening words (recognise/dash-remarks.ts), or a person the document names.
 */
const CASELESS_DASH = /\s+[—–]\s+((?:\p{Lo}|\p{M})[^—–]{0,80})$/u;
const MAX_STATE_WORDS = 6;

/** Whether a name is one of the document's people, or a Korean given name of one ("지훈" of "박지훈"). */
function isPersonOf(name: string, people: ReadonlySet<string>): boolean {
  if (people.has(name) || isHonoured(name)) return true;
  if (!/^\p{Script=Hangul}{2}$/u.test(name)) return false;
  for (const person of people) if (/^\p{Script=Hangul}{3}$/u.test(person) && person.endsWith(name)) return true;
  return false;
}

/**
 * "— el técnico viene el martes", "— came up at 04:00", "— Februari", "— tanggal 15 Ramadhan": a short
 * clause after a spaced dash that names a weekday, a month or a clock time says when, a remark
 * (README "Titles": a due date, a when). A clause holding a range of times says what to book; it stays.
 */
const DASH_CLAUSE = /\s+[—–]\s+([^—–()]{1,60})$/u;
const MAX_WHEN_WORDS = 7;
const WEEKDAY_WORD =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?![\p{L}])/iu;
/** "Februari", "15 March", "tanggal 15 Ramadhan": a clause that is only a date (a month said in a sentence, "first one in August", stays). */
const ONLY_DATE =
  /^(?:(?:tanggal|tgl\.?)\s+\d{1,2}\s+\p{L}+|(?:\d{1,2}\.?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{1,4})?)$/iu;
/** "every night", "Tuesdays", "chaque lundi": a schedule the work keeps, part of what it is. */
const RECURRING = /(?<![\p{L}])(?:every|each|nightly|daily|weekly|jede[nrs]?|cada|chaque|tous les|ogni|elke|varje|hver|setiap|tiap|kila)(?![\p{L}])|(?:day|tag|dag)s(?![\p{L}])/iu;
const CLOCK = /(?<![\d:.])\d{1,2}:\d{2}(?![\d:])(?!\s*[–-]\s*\d)/u;

export interface ClosingRemark {
  /** Where the remark starts in the title. */
  index: number;
  status?: ItemStatus;
  priorityLabel?: string;
}

/** The codes the document's legend defines ("(R)"). */
export function legendCodesOf(text: string): Set<string> {
  const codes = new Set<string>();
  for (const m of text.slice(0, 200_000).matchAll(LEGEND_CODE)) codes.add(m[1]!);
  return codes;
}

/** Whether a parenthesis's inside is a remark of one of the kinds above. */
export function isClosingParenRemark(inner: string, codes: ReadonlySet<string> = new Set()): boolean {
  const said = inner.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  if (!said) return false;
  if (codes.has(said)) return true;
  // "(TTOs already ordered)": the adverb inside a statement; one opening it ("(already on S3)") may say why nothing is to do.
  const already = said.length <= 60 ? said.match(ALREADY) : null;
  if (already && already.index! > 0) return true;
  if (GUESS.test(said)) return true;
  if (PRONOUN_CLAUSE.test(said)) return true;
  if (WEEKDAY.test(said) || WORD_THEN_TIME.test(said) || LOCATION.test(said)) return true;
  return NOW_TOPIC.test(said) || PATRONYMIC.test(said) || HAN_OWNER.test(said) || SEASON_OR_MONTH.test(said);
}

/** A remark closing the title, by its kind; null when the title closes with its own words. */
export function closingRemark(title: string, codes: ReadonlySet<string> = new Set(), people: ReadonlySet<string> = new Set()): ClosingRemark | null {
  const mark = title.match(MARK_TAIL);
  if (mark && mark.index! > 0 && /\p{L}/u.test(title.slice(0, mark.index)) && (mark[1] ?? "").trim().split(/\s+/).length <= MAX_MARK_WORDS) {
    return { index: mark.index!, status: "done" };
  }
  const paren = title.match(TRAILING_PAREN);
  // "(Андрій, вже замовив ✅)": a done mark inside the remark is the entry's state.
  if (paren && paren.index! > 0 && isClosingParenRemark(paren[1]!, codes)) return /[✅✓✔☑]/u.test(paren[1]!) ? { index: paren.index!, status: "done" } : { index: paren.index! };
  const coded = title.match(CODE_THEN_DASH);
  if (coded && coded.index! > 0 && codes.has(coded[1]!.trim())) return { index: coded.index! };
  const level = title.match(COMMA_LEVEL);
  const label = level && level.index! > 0 ? levelOf(level[1]!) : null;
  // "…, hoog": the word alone is a level; "…, High Street" or "…, medium roast" are words of the title.
  // "modes: low, medium, high" lists levels; only a level after the work's own words is its priority.
  const before = level ? title.slice(0, level.index).split(",").pop()!.trim() : "";
  if (level && label && !levelOf(before)) return { index: level.index!, priorityLabel: label };
  const dashed = title.match(DASH_WORD);
  if (dashed && dashed.index! > 0) {
    const ranked = levelOf(dashed[1]!);
    if (ranked) return { index: dashed.index!, priorityLabel: ranked };
    // "— SUDAH", "— erledigt": a state word alone after the dash (a state other than "open").
    // "— SUDAH", "— già": "already" alone says it is done.
    const state = statusWordIn(dashed[1]!) ?? (!/\s/.test(dashed[1]!) && ALREADY.test(dashed[1]!) && dashed[1]!.length === dashed[1]!.match(ALREADY)![0].length ? "done" : null);
    if (state && state !== "not_started" && !dashed[3] && /^\s+(?:--|[—–-])/u.test(dashed[0])) return { index: dashed.index!, status: state };
    // "– Pflicht!", "— Wichtig!": one word said with an exclamation is emphasis, not the work.
    if (dashed[2] && !dashed[3] && !/\s/.test(dashed[1]!) && /^\s+(?:--|[—–-])/u.test(dashed[0])) return { index: dashed.index! };
  }
  const when = title.match(DASH_CLAUSE);
  const whenSaid = when?.[1]!.trim() ?? "";
  // "27 Nov 06:00 – 2 Dec 23:00": a dash between two times is a range, not a clause.
  const ranged = when ? /\d\s*$/.test(title.slice(0, when.index)) : false;
  if (when && when.index! > 0 && !ranged && whenSaid.split(/\s+/).length <= MAX_WHEN_WORDS && !RECURRING.test(whenSaid) && (WEEKDAY_WORD.test(whenSaid) || ONLY_DATE.test(whenSaid) || CLOCK.test(whenSaid))) {
    return { index: when.index! };
  }
  const caseless = title.match(CASELESS_DASH);
  if (caseless && caseless.index! > 0) {
    const clause = caseless[1]!.trim();
    const first = clause.split(/\s*[,،、]\s*/)[0]!;
    if (isPersonOf(first, people) || isDashRemark(clause)) {
      const status = statusAroundDescription(clause) ?? (clause.split(/\s+/).length <= MAX_STATE_WORDS ? statusWordIn(clause) : null);
      return status ? { index: caseless.index!, status } : { index: caseless.index! };
    }
  }
  const bracket = title.match(CJK_BRACKET_LEVEL);
  const bracketLevel = bracket && bracket.index! > 0 ? findPriorityLabel(bracket[1]!) : null;
  if (bracketLevel && LEVELS.has(bracketLevel)) return { index: bracket!.index!, priorityLabel: bracketLevel };
  const word = title.match(PAREN_WORD);
  // "update drizzle-kit to v1 (major)": after a version, major / minor / patch name the bump (recognise/remark-parens.ts).
  const wordLevel = word && word.index! > 0 && !isVersionBump(title.slice(0, word.index), word[1]!) ? levelOf(word[1]!) : null;
  if (wordLevel) return { index: word!.index!, priorityLabel: wordLevel };
  return null;
}

const MAX_ROUNDS = 3;

/**
 * "01-12 Olie + filters ververst", "3/12 Impeller vervangen": a work log's entries open with the day the
 * work was done. Written with a dash or a slash (a dotted "1.2" is numbering), on two entries at least,
 * the date is when, not title.
 */
const LOG_DATE = /^(\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?)\s+(?=\p{L})/u;
const MIN_DATED = 2;

/** The pass over every found item: remarks closing its title go to its description. */
export function tidyClosingRemarks(items: FoundItem[], text: string, people: ReadonlySet<string> = new Set()): FoundItem[] {
  const codes = legendCodesOf(text);
  const changed: FoundItem[] = [];
  const dated = items.filter((item) => LOG_DATE.test(item.title));
  if (dated.length >= MIN_DATED) {
    for (const item of dated) {
      const date = item.title.match(LOG_DATE)!;
      item.title = item.title.slice(date[0].length);
      item.description = [item.description, `Date: ${date[1]}`].filter(Boolean).join(" · ");
      changed.push(item);
    }
  }
  for (const item of items) {
    let touched = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const remark = closingRemark(item.title, codes, people);
      if (!remark) break;
      const said = item.title.slice(remark.index).trim();
      const title = item.title.slice(0, remark.index).replace(/[\s,;:—–-]+$/u, "").trim();
      if (!title) break;
      item.title = title;
      item.description = [item.description, said].filter(Boolean).join(" · ");
      if (remark.status && (item.status === "not_started" || !item.status)) {
        item.status = remark.status;
        if (remark.status === "done") item.done = true;
      }
      if (remark.priorityLabel) item.priorityLabel ??= remark.priorityLabel;
      touched = true;
    }
    if (touched && !changed.includes(item)) changed.push(item);
  }
  return changed;
}
