import { isHanName } from "./han-names";

// Trailing parentheses and dash tails that are remarks, in the shapes the title reader's own remark
// words (title-parts.ts) miss because they are said in other languages or without a verb the reader
// knows. The corpus README: what to do stays in the title, remarks (who, when, where, why) go.
//
//   - where the material lives: "(checklist in Notion)", "(таблиця в Google Drive)", "(Liste im Wiki)" —
//     a few words, then a preposition and a capitalised name: a pointer to a tool or place.
//   - when, by a day of the week: "(showroom downtown, Saturday)", "(Markt, samstags)" — a part of the
//     parenthesis that is only a weekday schedules the work, it does not say what the work is.
//   - an expiry or a deadline with its year: "(cert expires 2027)", "(Vertrag läuft 2028 aus)"; the end of
//     a thing's life or support: "(fine vita)", "(EOL 2026)" — why it is replaced.
//   - a mention in any script: "（@鈴木）", "(@María)" — who does it; so is a name after an honorific
//     ("(anh Tuấn)", "(Bu Wati)").
//   - a lone word in a script without capital letters (Arabic, Hebrew): "(خالد)" — in a script that
//     cannot mark a name by case, a single bare word set apart after a task is who does it; amounts,
//     codes and Latin words ("(CSV)", "(iOS 18)") stay, as they say what to do.
//
// And after a spaced dash closing the line:
//   - a person then a few words of when: "— Dana, by Friday", "— Rohan, kal tak" (the person is one
//     the document names elsewhere);
//   - a statement about a person: "– Margaret has volunteered to coordinate", "— Jonas hat zugesagt":
//     a capitalised name then an auxiliary verb is news about who, not the task; so is a person the
//     document names then any short lower-case clause ("– Oskar tar första veckan").

/** Prepositions of place in several languages: in, on, at, im, в, у, dans, en, su, na, w. */
const PLACE_PREP = "(?:in|on|at|im|in der|auf|в|у|на|dans|sur|en|su|nel|na|no|w|op)";
/**
 * "(checklist in Notion)", "(порівняльна таблиця в Google Drive)": words, a preposition, then a name
 * written as words ("Notion", "Google Drive"); a code or version ("on S3", "in CI") is part of the what.
 */
const WHERE = new RegExp(`^[\\p{Ll}\\p{L}][\\p{L}\\p{N}' -]{0,40}\\s${PLACE_PREP}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?$`, "u");
/** Weekdays in several languages (with the plural/adverb forms people write: "samstags", "sabato"). */
const WEEKDAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|^(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)|^(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|^(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)|^(?:понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)$/iu;
/** An expiry or end said with its year: "expires 2027", "läuft 2027 ab", "expire en 2027", "scade nel 2027". */
const EXPIRY = /\b(?:expires?|expiring|runs? out|läuft|abläuft|expire|caduca|vence|scade|wygasa|истекает|спливає|закінчується)\b.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+(?:ab|aus)$/iu;
/** "@鈴木", "@María": a mention in any script. */
const MENTION = /^@\p{L}[\p{L}\p{N}._-]*(?:\s*[,、/]\s*@\p{L}[\p{L}\p{N}._-]*)*$/u;
/**
 * "(anh Tuấn)", "(chị Hà)", "(Pak Dedi)", "(Bu Wati)", "(คุณสมชาย)": Vietnamese, Indonesian and Thai write a
 * person with an honorific before the name (older brother / sister, Mr / Mrs, khun) — who does it.
 */
const HONORIFIC = /^(?:[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|[Ôô]ng|[Bb]à|em|Pak|Bu|Bapak|Ibu|Mas|Mbak|Kak)\s+\p{Lu}[\p{Ll}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]*)?$|^คุณ\p{Script=Thai}{2,20}$/u;
/** A lone word of a caseless right-to-left script (Arabic, Hebrew, Persian, Urdu). */
const CASELESS_NAME = /^[\p{Script=Arabic}\p{Script=Hebrew}]{2,20}$/u;

/**
 * "(with Marketing)", "(mit Vertrieb)", "(avec l'équipe Data)", "(con Ventas)": who the work is done
 * with — a preposition of company, then a team or person named with a capital (an acronym, "(with SSO)", is a thing): who, not what.
 */
const WITH_WHOM =
  /^(?:with|together with|mit|zusammen mit|avec|con|com|met|samen met|z|ze|с|со|з|із)\s+(?:(?:the|dem|der|den|l'|la|le|el|los|las|il|o|a|de)\s*)?(?:(?:team|équipe|equipo|squadra|equipe|команд\p{L}*)\s+)?\p{Lu}\p{Ll}[\p{L}'’&-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’&-]*)?(?:\s+team)?$/u;

/** "(Tom says 4 × 55")", "(laut Anna 3 Stück)": what someone said about it — a remark, not the task. */
const SOMEONE_SAYS = /^(?:\p{Lu}\p{Ll}+\s+(?:says|said|thinks|suggests|reckons|sagt|meint|dit|pense|dice|dijo|diz|disse|zegt|mówi|говорит|сказал[аи]?|каже|казав)|(?:laut|según|selon|secondo|segundo|volgens|według|по словам)\s+\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/**
 * "(fine vita)", "(EOL)", "(end of support 2026)", "(fin de vie)", "(サポート終了)": the thing is at the end of
 * its life — why it is replaced, the state of things now, not what to do. A few words of when may follow.
 */
const END_OF_LIFE =
  /^(?:eol|end[ -]of[ -](?:life|support|sale)|out of support|fine vita|fine supporto|fuori supporto|fin de vie|fin de support|fin de vida|fin de soporte|fim de vida|fim do suporte|einde levensduur|end-of-life|support(?:ende| endet)|koniec wsparcia|konec podpory|конец поддержки|кінець підтримки|destek sonu|サポート終了|停止支持|支持结束|지원 종료)(?![\p{L}])(?:[ ,]+[\p{L}\p{N}./-]{1,12}){0,3}$/iu;

/**
 * "(सीएसआर से बात चल रही है)" (talks with CSR are going on), "(मरम्मत जारी है)" (repair under way): Hindi
 * closes a clause with its verb, and one ending in the progressive ("… रहा / रही / रहे है(ं)") or
 * "जारी है" (is ongoing) says how things stand now — a remark, as "(masih riset)" is.
 */
const HINDI_UNDER_WAY = /(?:\sरह[ाीे]\sहैं?|\sजारी\sहै)$/u;

/** True when a trailing parenthesis's inner text (without markup) is a remark by one of the rules above. */
export function isOtherRemark(said: string): boolean {
  if (END_OF_LIFE.test(said) || HINDI_UNDER_WAY.test(said.trim())) return true;
  if (MENTION.test(said) || CASELESS_NAME.test(said) || HONORIFIC.test(said) || WHERE.test(said) || EXPIRY.test(said) || WITH_WHOM.test(said) || SOMEONE_SAYS.test(said)) return true;
  const parts = said.split(/\s*[,;·]\s*/);
  return parts.length > 1 && parts.length <= 3 && parts.some((p) => WEEKDAY.test(p));
}

/** Auxiliary verbs opening a statement about someone: has / is / will, in several languages. */
const AUXILIARY = "(?:has|have|is|was|will|'ll|hat|ist|wird|a|est|va|ha|está|vai|è|ma|jest|będzie|уже|вже)";
/** "– Margaret has volunteered to coordinate": a capitalised name, an auxiliary, words. */
const ABOUT_SOMEONE = new RegExp(`\\s+[—–-]{1,2}\\s+\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?\\s+${AUXILIARY}\\s+\\p{L}[^—–]{0,80}$`, "u");
/** "— Imran to ping DevOps": the minutes' "name to do" assignment, a lower-case verb after "to" ("— Frankfurt to Dublin" stays). */
const ASSIGNED = /\s+[—–-]{1,2}\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+to\s+\p{Ll}[^—–]{0,80}$/u;
/** "— Dana, by Friday": a dash, a name, a comma, at most four short words. */
// The words may hold a date or a ticket ("— Alexei, by 21.11", "— Timur, ticket INFRA-88").
const PERSON_THEN_WHEN = /\s+[—–-]{1,2}\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s*,\s*[\p{L}\p{N}][\p{L}\p{N}.:/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.:/-]*){0,3}\s*$/u;

/** "— 黃志明，到期：12月13日", "— 陈静，周五前": a Chinese name, a comma, a short remark (a due date, when). */
const HAN_PERSON_THEN_WHEN = /\s+[—–]{1,2}\s+(\p{Script=Han}{2,4})\s*[，,]\s*[^—–，,()（）]{1,24}$/u;

/**
 * "– Oskar tar första veckan", "— Mei picks it up Monday": a person the document names, then a clause
 * in lower case — who does it and how, in a sentence of its own (the person is the gate: "— Frankfurt
 * handles failover" stays unless Frankfurt is someone).
 */
const PERSON_CLAUSE = /\s+[—–]{1,2}\s+(\p{Lu}[\p{Ll}'’-]+)\s+\p{Ll}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}.:/'’-]+){0,6}\s*$/u;
/** Where a closing dash tail about who does it starts, or -1 (the tail is part of the title). */
export function personTailStart(title: string, people: ReadonlySet<string>): number {
  const about = title.match(ABOUT_SOMEONE);
  if (about && about.index! > 0) return about.index!;
  const assigned = title.match(ASSIGNED);
  if (assigned && assigned.index! > 0) return assigned.index!;
  const when = title.match(PERSON_THEN_WHEN);
  if (when && when.index! > 0 && people.has(when[1]!)) return when.index!;
  const han = title.match(HAN_PERSON_THEN_WHEN);
  if (han && han.index! > 0 && (people.has(han[1]!) || isHanName(han[1]!))) return han.index!;
  const clause = title.match(PERSON_CLAUSE);
  if (clause && clause.index! > 0 && people.has(clause[1]!)) return clause.index!;
  return -1;
}

/** "<!-- rebase-branch=… -->", "<code>x</code>", "a<br>b": markup in a title is not its words. */
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const PAIRED_TAG = /<(code|kbd|b|i|em|strong|span|sub|sup|mark|u|s|small|samp|var|tt)(?:\s[^<>]{0,200})?>([^<>]*)<\/\1>/giu;
const LINE_BREAK = /<br\s*\/?>/giu;

/** A title without HTML comments and inline tags (the text inside a tag pair is kept). */
export function withoutHtml(title: string): string {
  if (!title.includes("<")) return title;
  return title.replace(HTML_COMMENT, "").replace(PAIRED_TAG, "$2").replace(LINE_BREAK, " ").replace(/\s{2,}/g, " ").trim();
}

/**
 * "update react to v19 (major)", "bump lodash to 4.17.21 (patch)": after a version number, the words
 * major / minor / patch name the kind of version bump (semver), not the work's priority.
 */
export const isVersionBump = (before: string, inner: string): boolean => /^\s*(?:major|minor|patch)\s*$/i.test(inner) && /\bv?\d+(?:\.[\dx]+)*\s*$/i.test(before);
