import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";
import { opensProgressive } from "./progressive-clauses";
import { STATE_WHEN } from "./state-tails";

// A remark on the work's state closing a title, with the reason or the news that goes with it:
// "— 阻塞：等待订单服务重构" (blocked: waiting for …), "— متوقف، بانتظار بيانات المبيعات" (stopped,
// waiting for …), "— ordered, waiting for delivery", "— Emre başladı" (Emre has started), "(이미 완료)" (already done), "(blocked, waiting
// for legal)", "⚠️ blocked by #2291". A careful reader takes the state and reads the rest as why;
// none of it is what to do. The state must open one of the remark's short clauses, whole or as a
// state phrase with its object ("waiting for …", "blocked by …", "wartet auf …"): a state word run
// into other words ("— open questions first", "(open source)") is title.

/** "already", "still", "now" before the state, in the languages of the vocabulary. */
const ADVERB =
  /^(?:already|still|now|currently|bereits|schon|noch|jetzt|déjà|encore|ya|todavía|aún|já|ainda|già|ancora|al|nog|redan|fortfarande|allerede|już|nadal|уже|ещё|еще|вже|ще|zaten|hâlâ|이미|아직|已经|已|仍|まだ|もう|すでに|đã|vẫn|sudah|masih|כבר|עדיין|بالفعل|ما زال|لا يزال|ήδη|ακόμα)\s+/iu;
/**
 * A preposition or conjunction after a one-word state: "blocked by #12", "bloqué par …", "wartet auf …",
 * "blocked due to …", "gestoppt wegen …", "متوقف بانتظار …" (stopped awaiting …), "חסום עד …" (blocked until …).
 */
const PREPOSITION =
  /^(?:by|on|for|until|pending|awaiting|due|because|par|sur|jusqu'à|car|por|hasta|porque|da|fino|perché|von|auf|bis|wegen|weil|door|op|tot|omdat|av|på|till|eftersom|fordi|przez|na|do|bo|от|на|до|из-за|від|через|tarafından|için|yüzünden|بانتظار|حتى|لحين|بسبب|من|עד|בגלל|עקב)$/iu;
/** "fixing now", "working on it now", "on it": the English progressive said of the entry itself. */
const ON_IT = /^(?:\p{L}+ing(?: on it)?|on it)(?: right)? now$|^on it$/iu;
/** "Emre başladı", "Ana started": a capitalised name, then a lower-case word. */
const WHO_THEN_STATE = /^\p{Lu}[\p{Ll}'’-]+\s+(?=\p{Ll})/u;
/** "(Ivan)", "(since Monday)": a short parenthesis closing the remark says who or when about it. */
const ASIDE = /\s*[(（][^()（）]{1,30}[)）]\s*$/u;
/** Clauses of a remark: set apart by commas and colons in any script. */
const CLAUSES = /\s*[,،，、;；:：]\s*/u;
const MAX_CLAUSES = 3;
const MAX_CLAUSE_WORDS = 6;
/** "HECHO 01/dic", "done 02.12": the date of a state goes with it (recognise/state-tails.ts). */
const DATED = new RegExp(`${STATE_WHEN}$`, "iu");

/** The state a clause opens with, or null. */
export function clauseState(clause: string): ItemStatus | null {
  const said = clause.replace(/[*_`]/g, "").trim().replace(ADVERB, "");
  const whole = stateOnly(said) ?? stateOnly(said.replace(DATED, ""));
  if (whole) return whole;
  // "Emre başladı", "Ana started": who, then only a state — news of the work's state, said of the one doing it.
  const who = said.match(WHO_THEN_STATE);
  if (who) {
    const state = stateOnly(said.slice(who[0].length));
    if (state) return state;
  }
  // "fixing now", "on it now", "đang tuyển", "กำลังคุย" (recognise/progressive-clauses.ts): work under way right now.
  if (ON_IT.test(said) || opensProgressive(said)) return "in_progress";
  const words = said.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const state = stateOnly(words.slice(0, n).join(" "));
    if (state && (n >= 2 || PREPOSITION.test(words[n]!))) return state;
  }
  return null;
}

/** The state of a remark made of a few short clauses, when one of them (or the first only) opens with one. */
function remarkState(remark: string, firstOnly: boolean): ItemStatus | null {
  const clauses = remark.replace(ASIDE, "").split(CLAUSES).filter(Boolean);
  if (!clauses.length || clauses.length > MAX_CLAUSES || clauses.some((c) => c.split(/\s+/).length > MAX_CLAUSE_WORDS)) return null;
  for (const clause of firstOnly ? clauses.slice(0, 1) : clauses) {
    const state = clauseState(clause);
    if (state) return state;
  }
  return null;
}

/**
 * "(fuori dal nostro core business)", "(outside our scope)", "(hors du périmètre)": the reason the
 * work will not be done, said as being outside what the team does.
 */
const OUT_OF_SCOPE =
  /^(?:out of|outside(?: of)?|beyond|fuori (?:da|dal|dalla|dallo|dai|dalle|dagli)|fuera de(?:l)?|hors(?: de| du| des)?|außerhalb(?: des| der| von| unseres| unserer)?|buiten|utanför|poza|вне|за межами|за пределами|fora d[oa]?)\s+.{0,30}?(?:scope|core|focus|remit|périmètre|perimetro|ámbito|alcance|ambito|escopo|umfang|fokus|kerngeschäft|zakres|рамок|рамки|фокуса|kapsam)/iu;

const TRAILING_PAREN = /\s*[(（]([^()（）]+)[)）]\s*$/u;
/** "（等緊市場部批准）", "（等待法务确认）", "（待審批）": waiting for someone, said in Chinese with no space after the verb. */
const HAN_WAITING = /^(?:等待|等緊|等紧|等候|等住|在等|仲等緊|待)\p{Script=Han}/u;
/** A spaced dash (Chinese writes it doubled, "——"), or a sign emoji standing for one ("⚠️ blocked by #2291"). */
const SEPARATOR = /\s+(?:——|[—–]|-{1,2}|→)\s+|\s+(?=[⚠⏸⛔⌛⏳🚫🛑]\uFE0F?\s)/gu;

/** Where a state remark closing the title starts, and the state it says; null when there is none. */
export function stateRemark(title: string): { index: number; status: ItemStatus } | null {
  const paren = title.match(TRAILING_PAREN);
  if (paren && paren.index! > 0) {
    // "(이미 완료)", "(blocked, waiting for legal)": the parenthesis opens with the state.
    const status = OUT_OF_SCOPE.test(paren[1]!.trim()) ? "wont_do" : HAN_WAITING.test(paren[1]!.trim()) ? "blocked" : remarkState(paren[1]!, true);
    if (status) return { index: paren.index!, status };
  }
  let last: RegExpMatchArray | null = null;
  for (const m of title.matchAll(SEPARATOR)) last = m;
  if (!last || last.index === 0) return null;
  const after = title.slice(last.index! + last[0].length);
  const tail = after.replace(/^[⚠⏸⛔⌛⏳🚫🛑]\uFE0F?\s*/u, "").trim();
  // "— 🚧 зроблено для eu-central-1" (done for one region): a state mark opening the remark says the
  // work's state; the words after it say how far it got, not that the whole is done.
  const marked = after.match(/^\s*([🚧🟡🟠◐])\uFE0F?\s+\S/u);
  if (marked) return { index: last.index!, status: "in_progress" };
  const status = tail ? remarkState(tail, false) : null;
  return status ? { index: last.index!, status } : null;
}
