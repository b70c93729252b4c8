// Who the document names as people. A title's owner part ("Ari: write up …", "… — Jana",
// "(Jonas)") is told apart from title text that merely looks like it ("Redis: export the session
// store", "… (Partytown)") by the document itself: a word is a person when the document says so
// somewhere — a people field ("Present: Ari, Bea", "Owner: Priya", "担当：田中"), an attendee list,
// an @handle, an emphasised name after a dash ("— *Sanne*"), a name next to an estimate
// ("(Priya, 3d)"), or a trailing name slot that recurs on several list entries ("— Jana", "— Marco").
// A priority or status word in such a slot ("— High", "(Done)") is never a person.

import { findPriorityLabel } from "./priority";
import { GLYPH_LINE } from "./recognise/box-glyphs";
import { isGroupOrSelf } from "./recognise/owner-dash-heads";
import { HAN_NAME_IN_PARENS, isHanName } from "./recognise/han-names";
import { ISSUE_LABELS } from "./vocabulary";
import { isHonoured } from "./recognise/honorific-names";
import { sectionOwnerSlots } from "./recognise/section-owner-slots";

const isLabelWord = (word: string) => ISSUE_LABELS.includes(word.toLowerCase());

/** A state word standing alone ("Done", "Open", "In review"): a status, not a name. */
export const STATE_WORD = /^(?:done|open|closed|todo|to do|wip|blocked|shipped|fixed|pending|planned|deferred|skipped|dropped|merged|ready|started|finished|completed?|backlog|review|in review|in progress|new|ongoing|optional|required|tbd)$/i;

/** Field labels whose value names people, in the languages the importer reads. */
const PEOPLE_LABEL =
  /^\s*(?:\*\*|__)?(?:present|attendees|participants|facilitator|moderator|owners?|authors?|assignees?|assigned to|members|team members|reviewers?|release manager|note[- ]?taker|scribe|dri|lead|people|who|teilnehmer(?:innen)?|anwesend|verantwortlich|ansvarlig|ansvarig|participantes|asistentes|responsable|présents|aanwezig|eigenaar|presenti|responsabile|出席者|参加者|参加メンバー|参加|出席|担当者?|作成者|참석자|参会人员|与会者|出席人员|obecni|uczestnicy|присутствовали|присутствуют|участники|присутні|учасники|katılımcılar|närvarande|deltagare|deltakere|tilstede|til stede|osallistujat|läsnä|presentes|partecipanti|παρόντες|συμμετέχοντες|người tham dự|thành phần|peserta|hadir|الحضور|الحاضرون|المشاركون|נוכחים|משתתפים|उपस्थित|प्रतिभागी)(?:\s+(?:\p{Ll}{2,15}|\p{Lu}{2,4}))?(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(.+)$/iu;
/**
 * "**Van:** Sanne de Vries", "**Aan:** Pieter Bakker; Yara El Amrani": a mail's header fields name its
 * sender and recipients. The words are short and common ("to", "van", "an"), so they count only as the
 * whole label and only in a document with two header lines or more (a mail pasted whole).
 */
const MAIL_HEADER = /^\s*(?:\*\*|__)?(?:to|cc|bcc|from|aan|van|an|von|de|para|à|a|från|till|fra|til|od|do|кому|от|від|宛先|差出人|收件人|发件人)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(\S.*)$/iu;

/**
 * "Notes · Shared with Camille, Théo": the sharing line a notes app or a shared document prints under
 * its title names the people the list is for, without a colon.
 */
const SHARED_WITH = /^\s*(?:shared with|partag[ée]e? avec|compartid[oa] con|compartilhad[oa] com|geteilt mit|freigegeben für|gedeeld met|condivis[oaie] con|delad med|delt med|udostępnion[oy] dla|sdíleno s|jaettu)\s+(.+)$/iu;
/**
 * Fields on one line are set apart by a middle dot, a bar, a bullet or a wide gap ("Date: Mon · Present: Ari"),
 * or written as sentences ending at a full stop ("Flyttedag: fredag. Ansvarlig IT: Sindre.").
 */
// A date closing a sentence ("Από τη συνέλευση της 2/12. Παρόντες: …") ends it as a word does.
const FIELD_SEPARATOR = /[·|•]|\s{2,}|(?<=[\p{Ll}\p{N}]\.)\s+(?=\p{Lu})/u;
/** A heading that introduces a list of people ("## Attendees", "## Go / no-go attendees"). */
const PEOPLE_HEADING = /^#{1,6}\s.*\b(?:attendees|participants|present|people|team|contacts?|owners|who's who|teilnehmer|participantes|aanwezig)\b/i;
/** One or two capitalised words: how a given name (or given and family name) is written. */
const NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?$/u;
/**
 * "Sanne de Vries", "Yara El Amrani", "Ana da Silva Costa": in a people field a family name may open
 * with a particle (lower-case or a short capitalised one) and run to more words; the given name leads.
 */
const PARTICLE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|zu|af|al|el|bin|ibn|ben|El|Al|De|Da|Di|Du|La|Le|Van|Von|Ben|Bin)\s+){0,2}\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** A short run of CJK characters, how names are written in Japanese or Chinese plans ("田中"). */
/** Korean names are two to four Hangul syllables ("김민준"). */
// Foreign names in katakana carry the long-vowel mark and a middle dot ("ミラー", "ジョン・スミス"), which are no script's own letters.
const CJK_NAME = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,8}|\p{Script=Hangul}{2,4})$/u;
/** A name in a script without capital letters (Hebrew, Arabic): in a people field, one or two words of it ("יעל", "نورة"). */
const CASELESS_NAME = /^[\p{Script=Hebrew}\p{Script=Arabic}]{2,15}(?:\s[\p{Script=Hebrew}\p{Script=Arabic}]{2,15})?$/u;
const HANDLE = /(?<![\w@/.])@([A-Za-z][\w-]*[A-Za-z0-9])(?![\w/.@])/g;
const LIST_LINE = /^\s*(?:[-*+]|\d+[.)])\s/;
/** "☐ Book the venue — Ana": a checklist line typed with a box glyph is a list entry too (recognise/box-glyphs.ts). */
const isEntryLine = (line: string) => LIST_LINE.test(line) || GLYPH_LINE.test(line);
/** "(Priya, 3d)", "(est. 2d, Tom)": a name beside an estimate in a trailing parenthesis. */
const NAME_BESIDE_ESTIMATE = /\((\p{Lu}[\p{Ll}'’-]+)\s*[,;]\s*(?:est\.?\s*)?\d+(?:[.,]\d+)?\s?[hdw]\)\s*$|\((?:est\.?\s*)?\d+(?:[.,]\d+)?\s?[hdw]\s*[,;]\s*(\p{Lu}[\p{Ll}'’-]+)\)\s*$/u;
const EMPHASISED_AFTER_DASH = /\s[—–-]\s+(?:\*{1,2}|_{1,2})(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?:\*{1,2}|_{1,2})\s*$/u;
const NAME_AFTER_DASH = /\s[—–-]\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s*$/u;
/** "— Alexei, by 21.11", "— Timur, ticket INFRA-88": the same name slot with a short remark after a comma. */
const NAME_THEN_REMARK_AFTER_DASH = /\s[—–-]\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s*,\s*[^—–,]{1,40}$/u;
/** "Jon: export the metrics …": one capitalised word, a colon, then a lower-case task. */
// Or an honorific and a name ("p. Zieliński: odebrać klucze …"), surely a person (recognise/honorific-names.ts).
const NAME_BEFORE_COLON = /^((?:\p{Ll}{1,4}\.\s)?\p{Lu}[\p{Ll}'’-]+)\s*:\s+\p{Ll}/u;
const NAME_IN_PARENS = /\((\p{Lu}[\p{Ll}'’-]+)\)\s*$/u;
/** "… [sam]", "… [ines]": a lower-case handle in square brackets closing the entry (an assignee slot). */
const HANDLE_IN_BRACKETS = /\s\[(\p{Ll}[\p{Ll}\p{N}._-]{1,20})\](?:\s*\(\[[^\]]{1,40}\]\([^)]{1,200}\)\))?\s*$/u;

/** The names in a people field's value: "Ari, Bea, Chen and Mo", "@ella @rajiv", "Sofia (release manager)". */
function namesIn(value: string): string[] {
  return [...initialsIn(value), ...namesOutsideParens(value)];
}

/**
 * "Katarzyna Nowak (KN), Marek Zając (MZ)": initials a people field gives beside a name, when they are
 * that name's initials, are how the document names the person afterwards ("… (KN)" closing an entry).
 */
function initialsIn(value: string): string[] {
  const initials: string[] = [];
  for (const m of value.replace(/[*_`]/g, "").matchAll(/(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s*\((\p{Lu}{2,3})\)/gu)) {
    const firsts = m[1]!.split(/\s+/).map((word) => word[0]).join("");
    if (firsts === m[2]) initials.push(m[2]!);
  }
  return initials;
}

function namesOutsideParens(value: string): string[] {
  return value
    .replace(/[*_`]/g, "")
    .replace(/\([^)]*\)/g, "")
    .split(/\s*(?:[,;/&、，]|\s(?:and|und|y|et|en|e)\s)\s*/u)
    // "Μαρία Κ.", "Anna B.": a given name and the initial of the family name is the given name.
    .map((t) => t.trim().replace(/(?<=\p{Ll})\.$/u, "").replace(/(?<=\p{Ll})\s+\p{Lu}\.$/u, ""))
    .filter((t) => NAME.test(t) || PARTICLE_NAME.test(t) || CJK_NAME.test(t) || CASELESS_NAME.test(t));
}

function add(people: Set<string>, name: string) {
  if (findPriorityLabel(name) || STATE_WORD.test(name)) return;
  people.add(name);
  // "Wojciech Nowak" is also "Wojciech" where a title names him by his given name.
  const given = name.split(/\s+/)[0]!;
  if (given !== name) people.add(given);
}

/** The names this document uses for people (given names, full names and @handles). */
export function peopleOf(text: string): Set<string> {
  const people = new Set<string>();
  const dashSlot: string[] = [];
  const parenSlot: string[] = [];
  const hanSlot: string[] = [];
  const bracketSlot: string[] = [];
  const colonSlot: string[] = [];
  const mailHeaders: string[] = [];
  let underPeopleHeading = false;
  for (const line of text.split("\n")) {
    if (/^#{1,6}\s/.test(line)) underPeopleHeading = PEOPLE_HEADING.test(line);
    // Split first, then match each field from its start: one pass over the line, however long.
    if (/[:：]/.test(line) || /\s(?:with|avec|con|com|mit|met|med|dla|s)\s/i.test(line) || /jaettu/i.test(line)) {
      for (const field of line.split(FIELD_SEPARATOR)) {
        const value = field.match(PEOPLE_LABEL)?.[1] ?? field.match(SHARED_WITH)?.[1];
        if (value) for (const name of namesIn(value)) add(people, name);
      }
    }
    const header = line.length < 400 ? line.match(MAIL_HEADER)?.[1] : undefined;
    if (header) mailHeaders.push(header);
    // A line without "@" holds no handle: the search is skipped on almost every line.
    if (line.includes("@")) {
      for (const m of line.matchAll(HANDLE)) {
        people.add(`@${m[1]}`);
        // "@anna" is also "Anna" where a title names her ("Fix the logo (Anna)").
        if (/^[a-z]+$/i.test(m[1]!)) people.add(m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase());
      }
    }
    if (!isEntryLine(line)) continue;
    const entry = line.replace(LIST_LINE, "").replace(GLYPH_LINE, "$2").trim();
    if (underPeopleHeading) {
      const first = entry.replace(/[*_]/g, "").match(/^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?/u)?.[0];
      if (first) add(people, first);
    }
    const beside = entry.match(NAME_BESIDE_ESTIMATE);
    if (beside) add(people, (beside[1] ?? beside[2])!);
    const emphasised = entry.match(EMPHASISED_AFTER_DASH);
    if (emphasised) add(people, emphasised[1]!);
    const dashed = entry.match(NAME_AFTER_DASH) ?? entry.match(NAME_THEN_REMARK_AFTER_DASH);
    if (dashed) dashSlot.push(dashed[1]!);
    const paren = entry.match(NAME_IN_PARENS);
    if (paren) parenSlot.push(paren[1]!);
    const han = entry.match(HAN_NAME_IN_PARENS)?.[1];
    if (han && isHanName(han)) hanSlot.push(han);
    const bracket = entry.match(HANDLE_IN_BRACKETS);
    if (bracket) bracketSlot.push(bracket[1]!);
    const colon = entry.replace(/[*_]/g, "").match(NAME_BEFORE_COLON);
    if (colon) colonSlot.push(colon[1]!);
  }
  if (mailHeaders.length >= 2) for (const value of mailHeaders) for (const name of namesIn(value)) add(people, name);
  // One entry ending in "— Marco" or "(Partytown)" could be naming a thing; the same slot on several
  // entries is the document's way of saying who does each.
  for (const slot of [dashSlot, parenSlot]) if (slot.length >= 2) for (const name of slot) add(people, name);
  // "（张伟）", "（刘洋）": a Chinese name slot, with two names at least (recognise/han-names.ts).
  if (new Set(hanSlot).size >= 2) for (const name of hanSlot) add(people, name);
  // "1. Jon: export … 2. Aditi: check … 3. Me: get …": a "Name:" slot on several entries is an owner
  // slot when one of them is surely a person — the writer, the whole group, or a person named
  // elsewhere; "Redis: …", "Frontend: …" opening entries stay the titles' own words.
  if (colonSlot.length >= 2 && colonSlot.some((name) => people.has(name) || isGroupOrSelf(name) || isHonoured(name))) for (const name of colonSlot) if (!isGroupOrSelf(name)) add(people, name);
  // "[sam]" on several entries, with at least two different handles, is who does each; one label
  // repeated ("[wip]", "[docs]") is a tag, and label words are never people (add() refuses states and levels).
  if (bracketSlot.length >= 2 && new Set(bracketSlot).size >= 2) for (const name of bracketSlot) if (!isLabelWord(name)) add(people, name);
  // The same slot on a section's other entries, a capital after the colon or not (recognise/section-owner-slots.ts).
  for (const name of sectionOwnerSlots(text, people)) if (!isLabelWord(name)) add(people, name);
  return people;
}
