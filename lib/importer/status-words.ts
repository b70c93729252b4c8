import type { ItemStatus } from "./types";
import { STATE_PROGRESS, STATE_WHEN } from "./recognise/state-tails";
import { STATUS_WORDS } from "./status-vocabulary";
import { NOT_A_STATE_HEADING, STATUS_FIELD_NAMES } from "./vocabulary";

// Where a status word counts, in any language of the vocabulary: a whole value (a cell, a field,
// a heading or bold line that names a state), the start or the end of an entry's description, and
// anywhere in the words after a struck-through entry.

/** Han, Hiragana, Katakana, and Thai, Lao, Khmer, Myanmar: words in these scripts have no spaces around them, so no word boundaries either. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "won't do" also as "wont do" / "won’t do"; "in progress" also as "in-progress" / "in_progress". */
const phrase = (w: string) => escape(w).replace(/'/g, "['’]?").replace(/[ -]/g, "[\\s_-]+");

/** One pattern for a list of words: Latin words whole (not "open" in "reopened"), CJK words anywhere. */
export function wordsPattern(words: string[], flags = "iu"): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const latin = sorted.filter((w) => !CJK.test(w)).map(phrase);
  const cjk = sorted.filter((w) => CJK.test(w)).map(escape);
  const parts = [latin.length ? `(?<![\\p{L}\\p{N}])(?:${latin.join("|")})(?![\\p{L}\\p{N}])` : "", cjk.length ? `(?:${cjk.join("|")})` : ""].filter(Boolean);
  return new RegExp(parts.join("|"), flags);
}

/**
 * Turkish dotted capital İ ("İptal", "İncelemede") lower-cases to "i̇" (i + combining dot), which
 * matches no word of the vocabulary: read it as the plain i it is in lower case.
 */
const dotless = (t: string) => t.replace(/İ/g, "i").replace(/i\u0307/g, "i");

/** Checked in this order: "not started" before "started", "未完了" before "完了", "won't do" before "do". */
const ORDER: ItemStatus[] = ["wont_do", "blocked", "in_progress", "not_started", "done"];
// "Not fixed", "nicht behoben", "non risolto": a retest column's "still open", not its "fixed"; "не зроблено", "nie zrobione": not done;
// "ej påbörjad", "ikke påbegynt", "ei aloitettu": not started (a Nordic legend's "⬜ ej påbörjad").
const NEGATED = /^(?:(?:noch|nog|ainda|ancora|todavía|still)\s+)?(?:not|nicht|pas|no|non|não|niet|未|не|nie|ne|ej|inte|ikke|ei)[\s_-]*(?:(?:yet|noch|encore|ainda|ancora|todavía|nog|ще|ещё|еще|jeszcze)\s+)?(?:started|done|begonnen|erledigt|commencé|iniciado|iniziato|gestart|fait|fatto|feito|hecho|gedaan|зроблено|виконано|сделано|выполнено|zrobione|zrobiono|hotovo|urađeno|fixed|resolved|completed?|finished|implemented|behoben|gelöst|umgesetzt|corrigé|résolu|resuelto|corregido|risolto|corretto|resolvido|corrigido|opgelost|åtgärdad|påbörjad|påbörjat|påbegynt|påbegyndt|startad|startet|gjord|gjort|klar|klart|ferdig|färdig|færdig|aloitettu|valmis|tehty)/iu;
const PATTERNS = ORDER.map((status) => [status, wordsPattern(STATUS_WORDS[status])] as const);

/** The first status word anywhere in a text ("Bloccato (serve OK del fornitore)" → blocked). */
export function statusWordIn(text: string): ItemStatus | null {
  const t = dotless(text).trim();
  if (!t) return null;
  // "未着手", "未完了", "未开始": 未 ("not yet") opens a word for a state not reached.
  if (NEGATED.test(t) || /^未\p{Script=Han}/u.test(t)) return "not_started";
  for (const [status, pattern] of PATTERNS) if (pattern.test(t)) return status;
  return null;
}

const normalise = (t: string) => dotless(t.normalize("NFC")).toLowerCase().replace(/[’`]/g, "'").replace(/[\s_-]+/g, " ").trim();
const EXACT = new Map<string, ItemStatus>(ORDER.flatMap((status) => STATUS_WORDS[status].map((w) => [normalise(w), status] as const)));

/**
 * A heading or bold line that is nothing but a state ("### 🏗 In progress", "**Canceled**",
 * "## Em andamento (3)", "## 対応中", "## Won't have (this time)"): a board column or a status
 * group, whose entries are in that state. "### Fixed" in a changelog names a kind of change.
 */
export function stateOnly(text: string): ItemStatus | null {
  const t = text
    .replace(/[*_~`]/g, "")
    .replace(/[（(][^()（）]*[)）]\s*$/u, "") // "(3)", "(this time)": a count or remark
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}']+$/gu, "") // emoji, numbering marks, colons (not a closing vowel sign: Tamil "முடிந்தது")
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, "");
  const said = normalise(t);
  if (NOT_A_STATE_HEADING.includes(said)) return null;
  // "In Progress 3", "Todo 12": a tracker's group heading copied with its size after the state.
  return EXACT.get(said) ?? EXACT.get(said.replace(/ \d{1,4}$/, "")) ?? null;
}

const STATUS_SYMBOL = "[✅✓☑✔🚧⛔❌]\\uFE0F?";
const STATUS_ANY = [...EXACT.keys()].sort((a, b) => b.length - a.length).map((w) => (CJK.test(w) ? escape(w) : phrase(w))).join("|");
/** "bloqueado: aguardando …", "— em andamento.", "(対応中)", "Done (2 Dec).": a status opening the description, then a break or a remark. */
// "— already in development", "— вже в розробці", "— bereits erledigt": "already" before the state says when it was reached.
const ALREADY = "(?:already|bereits|schon|déjà|ya|già|já|al|redan|allerede|allaqachon|już|уже|вже|zaten|sudah|đã)\\s+";
const LEADING = new RegExp(`^[\\s([（]*(?:${STATUS_SYMBOL}\\s*)?(?:${ALREADY})?(${STATUS_ANY})(?![\\p{L}\\p{N}])\\s*(?:[:：.,;!)）(（—–-]|$)`, "iu");
/** "… ✅ concluído", "… *(em andamento)*", "…. Erledigt.": a status closing the description, after a break. */
// A date or version after the closing state ("— ✔ fixed in 8.3.", "(erledigt am 3.12.)") is when, still the close (recognise/state-tails.ts).
const TRAILING = new RegExp(`(?:^|[.;!—–]\\s*|[([（]\\s*|${STATUS_SYMBOL}\\s*)(?<![\\p{L}\\p{N}])(${STATUS_ANY})${STATE_WHEN}?\\s*[)）\\]]?[.!]?\\s*$`, "iu");

const FIELD = `(?:${STATUS_FIELD_NAMES.map(escape).join("|")})\\s*[:：]\\s*`;
/** "Status: blocked", "Stato: in corso", "状態：対応中": a labelled status counts wherever it stands. */
const LABELLED = new RegExp(`(?<![\\p{L}])${FIELD}(${STATUS_ANY})(?![\\p{L}\\p{N}])`, "iu");

/**
 * The status a description says at its start or end, the way a careful reader finds "(em andamento)"
 * or "— blocked: waiting for legal" after a title; words in the middle are prose ("pedidos concluídos").
 */
export function statusAroundDescription(rest: string): ItemStatus | null {
  // "Durum: İptal": the Turkish capital İ read as the i it is (dotless above).
  const t = dotless(rest).replace(/[*_]/g, "").replace(/^\s*(?:[-–—:|·→]\s*)+/u, "").trim();
  // The vocabulary patterns are large (every state word): LABELLED runs only when a colon is there to find.
  const m = (t.includes(":") || t.includes("：") ? t.match(LABELLED) : null) ?? t.match(LEADING) ?? t.match(TRAILING);
  return m ? (EXACT.get(normalise(m[1]!)) ?? null) : null;
}

const WONT_DO = wordsPattern(STATUS_WORDS.wont_do);
const DONE = wordsPattern(STATUS_WORDS.done);

/**
 * A struck-through entry is no longer open: it was finished or abandoned. The words after it say
 * which ("— out of scope", "→ 対応しない" abandon it; "done", "shipped" finish it); null when they
 * say neither, and the section or the box decides.
 */
export function struckOutcome(words: string): "wont_do" | "done" | null {
  if (WONT_DO.test(words)) return "wont_do";
  return DONE.test(words) ? "done" : null;
}

// Bold or emphasis around the state ("— **сделано** 02.12") is markup; a date or version after it says when (recognise/state-tails.ts).
const EMPHASIS = "[\\u0001\\u0002*_]*";
// " -- done", " --- done": a double or triple hyphen is how plain text types the dash.
const DASHED_STATE = new RegExp(`\\s+(?:-{2,3}|[-–—|])\\s*(?:${STATUS_SYMBOL}\\s*)?${EMPHASIS}(${STATUS_ANY})${EMPHASIS}${STATE_WHEN}?${STATE_PROGRESS}?[.!]?\\s*$`, "iu");
const PAREN_STATE = new RegExp(`\\s*[([（【]\\s*(?:${STATUS_SYMBOL}\\s*|${FIELD})?(${STATUS_ANY})${STATE_WHEN}?${STATE_PROGRESS}?\\s*[)\\]）】]\\s*$`, "iu");
const SYMBOL_STATE = new RegExp(`\\s*${STATUS_SYMBOL}\\s*${EMPHASIS}(${STATUS_ANY})${EMPHASIS}${STATE_WHEN}?\\s*$`, "iu");

/**
 * A state said after a title, set off by a dash, a parenthesis or a status symbol ("Zoekfunctie —
 * in uitvoering", "Migrar o login (em andamento)", "検索の改善 ✅ 完了"): where it starts and what it
 * says. A state word run into the sentence ("Keep the port open") is part of the title.
 */
export function trailingState(title: string): { status: ItemStatus; index: number } | null {
  const m = title.match(DASHED_STATE) ?? title.match(PAREN_STATE) ?? title.match(SYMBOL_STATE);
  const status = m ? EXACT.get(normalise(m[1]!)) : undefined;
  return m && status ? { status, index: m.index! } : null;
}

/**
 * "[erledigt] Fonts lokal ausliefern", "【対応中】ログイン修正", "[WIP] …": a bracketed state opening an
 * entry is its mark, like a task box.
 */
export const BRACKETED_STATE = new RegExp(`^[[【]\\s*(${STATUS_ANY})\\s*[\\]】]\\s*`, "iu");
