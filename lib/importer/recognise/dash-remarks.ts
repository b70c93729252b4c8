import { findPriorityLabel } from "../priority";
import { statusAroundDescription, statusWordIn, wordsPattern } from "../status-words";
import { STATUS_WORDS } from "../status-vocabulary";
import type { ItemStatus } from "../types";
import { clauseState } from "./state-remarks";
import { isWhenClause } from "./when-clauses";
import { isWritersAccount } from "./writer-clauses";
import { asksForHelp } from "./help-wanted";

// "Postgres backend — people keep asking", "Capitolo 3 – metodologia", "Quarterly game day — first one
// in August": on a line without a bold title, a lower-case clause after a spaced dash is part of the
// title (README "Titles": the whole line is the title). Across the training manifests such clauses are
// kept far more often than cut, unless the clause is a remark of a kind a reader always takes off:
//
//   - the state of the work, opening the clause: "— waiting for feedback from Marketing", "— descartado
//     este año", "— ждём доступ …", "— not switching", "— non fatto, riportata", "— päivitys tehty";
//   - its priority: "— low priority, only if budget allows", "— urgent, before Friday";
//   - a pointer elsewhere: "— see RFC 0012", "— licensing, see #77";
//   - when it is due: "— by next Mon", "— forfaller 9. des.", "— не раніше 01.03";
//   - who did or said it: "— corrigé par Inès", "— lagt til av Ingrid Haugen";
//   - what the team decided or does instead, said as "we …": "— we gaan voor RAL 7016", "— seguimos con
//     Microsoft 365", "— vi använder Teams";
//   - why, opened by a reason word: "— because the vendor is gone", "— weil …";
//   - an outcome already reached: "— saved ~$9k/mo";
//   - how things stand now: "— atualmente 4,2 s", "— núna 1,8 s".
//
// Everything else after the dash (a part, a scope, a finding's symptom, a note on the thing itself)
// stays in the title. entry.ts asks this before taking a lower-case dash clause off the title.

/** "already", "still", "now" before the state (recognise/state-remarks.ts reads the same). */
const ADVERB = /^(?:already|still|now|bereits|schon|noch|déjà|encore|ya|todavía|aún|já|ainda|già|ancora|al|nog|redan|allerede|już|nadal|уже|ещё|еще|вже|ще|zaten|hâlâ|sudah|masih|đã|vẫn|ήδη|ακόμα)(?![\p{L}])\s*/iu;
/** Any state word of the vocabulary opening the text (built once: every state word in one pattern). */
const STATE_OPENING = new RegExp(`^(?:${wordsPattern(Object.values(STATUS_WORDS).flat()).source})`, "iu");
/**
 * State words the vocabulary lacks, said as a remark after a dash: waiting in the languages that say it
 * with a verb ("čaká na", "περιμένουμε", "on attend"), moved on or put off ("перенесено", "ditunda"),
 * running ("loopt"), carried over to the next sprint ("ficou para esta sprint"), half done ("van por la mitad").
 */
const MORE_STATES =
  /^(?:awaiting|waits|čaká|čakáme|čekáme|czekamy|чекає|ждет|ждёт|περιμέν\p{L}*|on attend|nous attendons|esperamos|aspettiamo|wachten|venter|väntar|odotamme|bekliyoruz|menunggu|verschoben|flyttet|flyttad|siirretty|przesunięte|posunuto|перенесено|перенесли|переносимо|перенесено на|riportat[aoie]|rinviat[aoie]|ditunda|tertunda|odloženo|odgođeno|loopt|lopend|carried over|rolled over|ficou para|fica para|passou para|quedó para|queda para|pasó a|übernommen in|reportée? à|на підписі|на подписи|na podpisie|k podpisu|zur unterschrift|à la signature|in firma|para firma|ter ondertekening|needs? (?:\p{L}+ ){0,3}(?:approval|sign-?off)|stryks|strykes|drop kar diya|cancel kar diya|band kar diya|half ?way|van por la mitad|à moitié|zur hälfte|a metà|halverwege|halvvägs|w połowie|наполовину|напівдорозі)(?![\p{L}])/iu;
/** "not …", "non fatto", "шум, не стосується …", "ainda sem resposta": a clause opening with a negation or "still" says what is (not) so — a remark. */
const NEGATION =
  /^(?:not|no longer|never|don'?t|doesn'?t|won'?t|nicht|kein|keine|pas|non|não|niet|geen|inte|ikke|ingen|ei|nie|не|ні|нет|δεν|όχι|değil|không|tidak|belum|still no|ainda sem|ainda não|todavía no|noch kein\p{L}*|noch nicht|toujours pas|nog geen|nog niet|ещё нет|ще не)(?![\p{L}'’])/iu;
/** "see RFC 0012", "siehe Ticket", "voir …", "cf. …": a pointer elsewhere, opening the clause or after a comma. */
const POINTER = /(?:^|[,;]\s*)(?:see|siehe|voir|cf\.|ver|vedi|zie|se|patrz|viz|см\.|див\.|bkz\.|lihat|xem)\s+\S/iu;
/** "by next Mon", "due 12 Dec", "deadline: …", "forfaller 9. des.", "spätestens …": when it is due. */
const DUE = /^(?:by|due|deadline|fällig|spätestens|échéance|scadenza|uiterlijk|senest|senast|forfaller|forfalt|najpóźniej|nejpozději|en geç|paling lambat|hạn chót)(?![\p{L}])\s*[:：]?\s*(?=\S)/iu;
/** "until 3.12", "do 15.12", "до 12.12", "bis 3.12.": a bound word, then a date. */
const UNTIL_DATE = /^(?:until|till|before|bis|vor|avant|antes de|hasta|entro|prima del|vóór|tot|innan|inden|innen|przed|před|do|до|ke|sampai|trước)\s+(?=\d)/iu;
/** "не раніше 01.03", "not before March", "frühestens …": no sooner than — when, a remark like any schedule. */
const NOT_BEFORE = /^(?:not before|no sooner than|frühestens|pas avant|no antes de|non prima d[ei]|não antes de|niet voor|tidigast|tidligst|najwcześniej|не раніше|не ранее)(?![\p{L}])/iu;
/** "poslano 12. 11.", "sent 3.12": one word, then the date it happened — when, not what. */
const WORD_THEN_DATE = /^\p{Ll}+\s+\d{1,2}\.\s?\d{1,2}\.?(?:\s?\d{2,4})?$/u;
/** "verplicht binnen 14 dagen", "within 2 weeks": a time limit, at most one word before it. */
const WITHIN = /^(?:\p{Ll}+\s+)?(?:within|binnen|innerhalb(?: von)?|dans les|en menos de|entro|inom|innen|indenfor|w ciągu|в течение|протягом|içinde|dalam)\s+\d/iu;
/** "manuelt indtil videre", "for now", "pour l'instant": how things stand for the time being. */
const FOR_NOW =
  /(?<![\p{L}])(?:for now|for the time being|bis auf weiteres|vorerst|pour l'instant|pour le moment|por ahora|por el momento|por enquanto|per ora|per il momento|voorlopig|tills vidare|indtil videre|inntil videre|toistaiseksi|na razie|пока что|поки що|şimdilik|untuk sementara|tạm thời)(?![\p{L}])/iu;
/** "depende de parceria", "depends on the vendor", "hängt von … ab": a relation to other work. */
const DEPENDS =
  /^(?:depends on|depending on|dependent on|hängt (?:ab )?von|abhängig von|dépend d[eu]|depende d[eoa]|dipende da|hangt af van|afhankelijk van|beror på|afhænger af|avhenger av|riippuu|zależy od|зависит от|залежить від|závisí na|bağlı)(?![\p{L}])/iu;
/** "все, на следующей ретро", "everyone, by Friday": the whole group as who does it. */
const EVERYONE = /^(?:everyone|everybody|all of us|all|alle|tous|todos|tutti|iedereen|wszyscy|kaikki|herkes|semua|все|всі|όλοι)\s*[,:：]/iu;
/** "decided, nothing to do", "решили не делать …", "decidimos …": a decision about the work, not the work. */
const DECIDED =
  /^(?:decided|decision|decidimos|decidido|décidé|décision|entschieden|beschlossen|entscheidung|deciso|decisione|besloten|beslutat|besluttet|besluttede|päätetty|zdecydowano|postanowiono|решили|решено|решение|вирішили|вирішено|rozhodnuto|karar verildi|diputuskan|đã quyết định)(?![\p{L}])/iu;
/** "corrigé par Inès", "lagt til av Ingrid Haugen", "fixed by the Ops team": a verb, then who did it. */
const BY_WHOM = /^\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:by|av|af|par|von|por|door|przez|от|від|tarafından|oleh)\s+(?:the\s+)?\p{Lu}/u;
/** "we gaan voor …", "vi använder Teams", "on attend …", "seguimos con …", "abbiamo deciso …": what the team does or decided. */
const WE = /^(?:we|we'?re|we'?ve|we'?ll|wir|nous|on|vi|wij|noi|nós|nosotros|мы|ми|my|biz|kami|kita|chúng tôi)\s|^\p{Ll}{2,}(?:mos|iamo)\s/iu;
/**
 * "— atualmente 4,2 s", "— núna 1,8 s, markmiðið …": today's figure, a remark on the work. Without a
 * figure the clause says what is wrong ("— currently panics") and stays; English "currently" stays
 * either way (training manifests keep "— currently a 2.3 MB PNG").
 */
const CURRENTLY =
  /^(?:atualmente|actualmente|attualmente|actuellement|aktuell|derzeit|zurzeit|momentan|momenteel|för närvarande|för tillfället|for øjeblikket|for tiden|tällä hetkellä|obecnie|aktuálně|momentálne|în prezent|сейчас|в данный момент|зараз|наразі|şu an|şu anda|saat ini|hiện tại|núna|jelenleg|šobrīd|pašlaik|dabar|šiuo metu|praegu|hetkel|trenutno|trenutačno|orain|ngayon|sasa)(?![\p{L}])/iu;
/** "because …", "since …", "weil …", "car …", "porque …", "omdat …": why. */
const REASON = /^(?:because|since|as|due to|weil|denn|da|car|parce que|puisque|porque|ya que|perché|poiché|omdat|want|eftersom|fordi|koska|ponieważ|bo|потому что|так как|бо|тому що|çünkü|karena|vì|kvůli)(?![\p{L}])/iu;
/** "saved ~$9k/mo", "saves 2 h a week", "no more orphaned follow-ups": an outcome reached or wanted, not the work. */
const OUTCOME = /^(?:no more(?!\s+than\b)|no longer any|saved|saves|spart|gespart|économise|économisé|ahorra|ahorró|risparmia|risparmiato|bespaart|sparar|sparer|oszczędza|экономит|сэкономили)(?![\p{L}])/iu;
/** "media students will cover it instead", "la réplica en la nube lo sustituye": another way or thing in its place — a relation. */
const INSTEAD =
  /(?<![\p{L}])(?:instead|stattdessen|à la place|en su lugar|en lugar de eso|invece|em vez disso|in plaats daarvan|istället|i stedet|sen sijaan|zamiast tego|вместо этого|замість цього|replaces|replaced by|supersedes|sustituye|reemplaza|ersetzt|remplace|sostituisce|substitui|vervangt|ersätter|erstatter|korvaa|zastępuje|заменяет|замінює)(?![\p{L}])/iu;
/** "päivitys tehty", "käyttöönotto käynnissä": a word, then a state — the state of a part of the work. */
const WORD_THEN_STATE = /^\p{Ll}[\p{L}-]*\s+(\p{L}+)$/u;
/** Status marks closing the clause ("päivitys tehty ✅"): read by the entry reader, no words of the clause. */
const CLOSING_MARKS = /[\s\p{Extended_Pictographic}\uFE0F]+$/u;
/** Clauses of a remark, set apart by commas, semicolons or further dashes. */
const CLAUSES = /\s*(?:[,;،，、；]|\s[—–]\s)\s*/u;
const MAX_CLAUSES = 3;

/** Whether the text opens with a state: a state word or phrase (after "already", "still"), or a state clause. */
function opensWithState(said: string): boolean {
  if (clauseState(said)) return true;
  const bare = said.replace(ADVERB, "");
  // "— sudah", "— still": only the adverb — "already (done)", "still (open)".
  if (!bare) return true;
  if (STATE_OPENING.test(bare) || MORE_STATES.test(bare)) return true;
  const pair = bare.match(WORD_THEN_STATE);
  return !!pair && STATE_OPENING.test(pair[1]!);
}

/** Whether the clause opens with a priority: "low priority, …", "urgent, before Friday", "alta — ✅ ya hecho". */
function opensWithPriority(said: string): boolean {
  const first = said.split(/\s*[,;:.!(—–]\s*/)[0]!;
  return first.split(/\s+/).length <= 3 && !!findPriorityLabel(first);
}

/** A remark by what one of its first short clauses opens with: a negation, "still …", a state. */
function clauseOpensRemark(clause: string): boolean {
  return (NEGATION.test(clause) && !/^no\s+(?:more|less)\s+than/i.test(clause)) || opensWithState(clause);
}

/** Whether a lower-case clause after a spaced dash is a remark (it goes to the description), not title text. */
export function isDashRemark(clause: string): boolean {
  const said = clause.replace(/[\u0001-\u0004*_`]/g, "").replace(CLOSING_MARKS, "").replace(/\s+/g, " ").trim();
  if (!said) return false;
  const clauses = said.split(CLAUSES);
  if (opensWithPriority(said) || clauses.slice(0, MAX_CLAUSES).some(clauseOpensRemark)) return true;
  // "— до кінця березня", "– jährlich", "— підрядник, бюджет погоджено, орієнтовно травень": when it is
  // due or how often, as the clause or as the last of its few short clauses (recognise/when-clauses.ts).
  if (clauses.length <= MAX_CLAUSES && isWhenClause(clauses.at(-1)!)) return true;
  if (POINTER.test(said) || DUE.test(said) || UNTIL_DATE.test(said) || NOT_BEFORE.test(said) || WORD_THEN_DATE.test(said) || WITHIN.test(said)) return true;
  if (FOR_NOW.test(said) || DEPENDS.test(said) || EVERYONE.test(said) || DECIDED.test(said) || BY_WHOM.test(said)) return true;
  // "— I'd lowered it during INC-771", "— fired 6 times, all noise" (recognise/writer-clauses.ts); "— help wanted!" (recognise/help-wanted.ts).
  if (isWritersAccount(said) || asksForHelp(said)) return true;
  return WE.test(said) || REASON.test(said) || OUTCOME.test(said) || INSTEAD.test(said) || (CURRENTLY.test(said) && /\d/.test(said.split(CLAUSES)[0]!));
}

/** "bozza al 50%", "draft at 80%": a share reached, closing the clause. */
const SHARE_REACHED = /(?:^|\s)(?:at|al|à|zu|bei|na|op|på|w|в|на|sa|ở)\s+\d{1,2}(?:[.,]\d)?\s?%$/iu;
/** "9/15 zrobione", "3/5 done": a count of the whole, then a state word. */
const COUNT_DONE = /^(\d{1,4})\s?\/\s?(\d{1,4})\s+(\p{L}+)$/u;
/** The last spaced em or en dash outside parentheses, and the clause after it. */
const DASH = /\s[—–]\s+/gu;

/**
 * The state a dash clause kept in the title still says: "— Meta onayı bekleniyor" (is awaited) closing
 * it is blocked; "— bozza al 50%", "— 9/15 zrobione" are under way. The words stay the title's; the
 * reader takes the state as well. Done and won't do are not read here: said at the clause's opening
 * they made it a remark, and in its middle they are prose.
 */
export function keptClauseState(title: string): ItemStatus | null {
  let clause: string | null = null;
  for (const m of title.matchAll(DASH)) {
    const before = title.slice(0, m.index);
    if ((before.match(/[(（]/g)?.length ?? 0) <= (before.match(/[)）]/g)?.length ?? 0)) clause = title.slice(m.index! + m[0].length);
  }
  if (!clause) return null;
  const said = clause.replace(/[\u0001-\u0004*_`]/g, "").replace(CLOSING_MARKS, "").trim();
  const count = said.match(COUNT_DONE);
  if (count && Number(count[1]) < Number(count[2]) && STATE_OPENING.test(count[3]!)) return "in_progress";
  if (SHARE_REACHED.test(said)) return "in_progress";
  const state = statusAroundDescription(said);
  if (state === "blocked" || state === "in_progress") return state;
  // "… uç noktaları bekleniyor" (the endpoints are awaited): a clause closing on a word of waiting is blocked.
  const last = said.match(/\s(\p{L}+)$/u);
  return last && statusWordIn(last[1]!) === "blocked" ? "blocked" : null;
}
