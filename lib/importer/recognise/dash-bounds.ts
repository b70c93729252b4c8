// A clause after a spaced dash that bounds or requires the work says what to do, and stays in the
// title: "— at least the 5 for biome 1", "— firmware skal være 4.32 før idriftsættelse" (must be),
// "— max. 200 ms per request", "— hedef 2.000 sipariş/dk" (target). Most lower-case dash clauses are remarks (why, when, state: see
// entry.ts and dash-asks.ts); one opening with a bound or carrying an obligation is the task's own
// condition. MoSCoW's "must have" / "should have" is a priority, read elsewhere, never this.

/** A bound opening the clause, in several languages. */
const BOUND =
  /^(?:at least|at most|no more than|no less than|up to|min\.?|max\.?|minimum|maximum|mindestens|höchstens|maximal|au moins|au plus|au maximum|al menos|como mínimo|como máximo|almeno|al massimo|pelo menos|no máximo|minstens|ten minste|maximaal|minst|högst|mindst|højst|minst|maks\.?|vähintään|enintään|co najmniej|najwyżej|не менее|не более|минимум|максимум|щонайменше|не більше|en az|en fazla|ít nhất|tối đa|minimal|maksimal)(?![\p{L}])/iu;
/** An obligation verb inside the clause ("must", "skal", "muss", "doit", "debe", "deve", "moet", "måste"). */
const MUST =
  /(?:^|\s)(?:must(?! have)|needs to|has to|have to|skal|skall|ska|måste|må|muss|müssen|soll|doit|doivent|debe|deben|tiene que|deve|devono|precisa|moet|moeten|pitää|täytyy|musi|muszą|должен|должна|должно|должны|має|мають|gerekir|phải|harus)(?=\s)/iu;
/**
 * "— hedef 2.000 sipariş/dk", "— target p95 < 300 ms", "— Ziel: 99,9 %": the figure the work must reach,
 * named as its target, is the task's own bound (a target word, then a figure in the clause).
 */
const TARGET =
  /^(?:target|goal|aim|hedef|ziel|zielwert|objectif|cible|objetivo|meta|obiettivo|doel|streefwaarde|mål|målet|tavoite|cel|cíl|цель|ціль|мета|hedefimiz|mục tiêu|target-nya|目标|目標|목표)(?![\p{L}])\s*[:：]?\s*(?=[^\n]{0,40}\d)/iu;
const MAX_WORDS = 10;

/** Whether the clause after the dash bounds or requires the work (and so belongs to the title). */
export function specifiesWork(clause: string): boolean {
  const t = clause.replace(/[*_`]/g, "").trim();
  if (!t || t.split(/\s+/).length > MAX_WORDS || /^(?:must|should|could|won'?t)[\s-]+have/i.test(t)) return false;
  return BOUND.test(t) || MUST.test(` ${t}`) || TARGET.test(t);
}
