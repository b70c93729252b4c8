import type { Paragraph } from "mdast";
import type { ParseContext } from "../context";
import { plainText } from "../markdown";
import { statusWordIn } from "../status-words";

// "Note: item 5 was accepted as a risk by the board.", "Huom. kohta 5 hyväksytty riskiksi
// johtoryhmässä 25.11.", "Hinweis: Punkt 3 entfällt.": a remark under a numbered list that names one
// of its entries by its number and says what became of it. A reader applies it to that entry, as if
// the state were written on its line. Only a short sentence naming one entry, and only an entry whose
// own line said nothing of its state (the line itself wins).

/** "item 5", "point 5", "kohta 5", "Punkt 5", "пункт 5", "madde 5", "第5项": the word for an entry, then its number. */
const REFERENCE =
  /(?<![\p{L}\p{N}])(?:items?|points?|entry|no\.|nr\.?|kohta|kohdan|kohdat|punkt|punkte|punto|ponto|pozycja|pozycję|пункт|пункта|madde|bod|položka|položku|tétel)\s*(\d{1,3})(?![\p{N}])|第\s*(\d{1,3})\s*(?:项|項|条|條|点|點)/iu;
/** Sentences end at a full stop (or ; ! ?) before a space; "25.11." inside a date stays whole. */
const SENTENCE_END = /(?<=[.;!?])\s+/u;
const MAX_WORDS = 25;

/** Applies a note about a numbered entry of the list just read; true when it named one and said its state. */
export function recogniseEntryNote(paragraph: Paragraph, ctx: ParseContext): boolean {
  const items = ctx.lastListItems ?? [];
  if (!items.some((item) => item.number !== undefined)) return false;
  const text = plainText(paragraph);
  if (text.length > 600) return false;
  let applied = false;
  for (const sentence of text.split(SENTENCE_END)) {
    const ref = sentence.match(REFERENCE);
    if (!ref || sentence.trim().split(/\s+/).length > MAX_WORDS) continue;
    const number = Number(ref[1] ?? ref[2]);
    const status = statusWordIn(sentence.slice(ref.index! + ref[0].length));
    const item = items.find((it) => it.number === number);
    if (!item || !status || item.status !== "not_started") continue;
    item.status = status;
    item.done = status === "done";
    item.description = [item.description, sentence.trim()].filter(Boolean).join("\n\n");
    applied = true;
  }
  return applied;
}
