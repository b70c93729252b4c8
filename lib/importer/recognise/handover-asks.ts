import type { List } from "mdast";
import { type ParseContext, addItem } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";

// Handover notes and status updates: under "Still open", "Needs action", "For you", "Action
// required", "Offene Punkte", "Pendientes", the bullets are prose — what happened, then what the
// reader is asked to do. A careful reader takes the ask as the item: the bold sentence when the
// writer bolded it ("**Someone needs to fix the DNS permissions**"), else the sentence that makes a
// request ("please …", "could you …", "needs to …"); a bullet that asks nothing ("not ours, just
// watch it") is not work. The request's opener ("someone needs to", "could you") is not the title.

const ASK_SECTION =
  /^\W*(?:still open|open (?:items|points|loops|issues)|needs? (?:action|attention)|action required|actions? needed|for you|your (?:action|turn)|to pick up|please pick up|handover items|offene punkte|noch offen|zu erledigen|pendientes?|por hacer|à reprendre|reste à faire|en suspens)\b/iu;

/** The words that make a sentence a request, in the languages the importer reads; the request follows them. */
const REQUEST =
  /(?:\b(?:someone|somebody|we|you|they|the team)\s+(?:needs?|has|have)\s+to|\b(?:please|pls|could you|can you|would you|make sure(?: to| that)?|don't forget to|remember to|bitte|por favor|merci de|s'il (?:te|vous) pla[iî]t)\b)[\s,]*/iu;

/** Sentences of a bullet: split after . ! ? followed by a space and a capital letter or a mark. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}*_`"“(])/u);

function askOf(bulletSource: string): string | null {
  const bold = bulletSource.match(/\*\*([^*]{12,}?)\*\*|__([^_]{12,}?)__/);
  const candidates = bold ? [(bold[1] ?? bold[2])!] : sentencesOf(bulletSource.replace(/\s+/g, " ").trim());
  for (const sentence of candidates) {
    const m = sentence.match(REQUEST);
    if (!m) continue;
    const ask = sentence
      .slice(m.index! + m[0].length)
      .replace(/[`*_]/g, "")
      .replace(/\s+/g, " ")
      .replace(/[\s,;:.!?]+$/u, "")
      .trim();
    if (ask.split(/\s+/).length >= 2) return ask.charAt(0).toUpperCase() + ask.slice(1);
  }
  return null;
}

/** The nearest heading or bold label over the list names a section of asks. */
const underAskSection = (ctx: ParseContext) => {
  const nearest = ctx.stack.at(-1);
  return !!nearest && ASK_SECTION.test(nearest.raw.replace(/[*_]/g, ""));
};

export function recogniseHandoverAsks(list: List, ctx: ParseContext): boolean {
  if (!underAskSection(ctx) || list.children.some((i) => i.checked === true || i.checked === false)) return false;
  const bullets = list.children.map((item) => (item.children[0]?.type === "paragraph" ? sourceOf(item.children[0], ctx.text) : ""));
  // Prose bullets: most say a sentence or more (a list of short task lines is read by the list readers).
  const prose = bullets.filter((b) => /[.!?](?:\s|$)/.test(b.trim()) && b.split(/\s+/).length >= 8).length;
  if (prose * 2 <= bullets.length) return false;
  ctx.shapes.add("plain-lists");
  list.children.forEach((item, i) => {
    const ask = askOf(bullets[i]!);
    if (!ask) return;
    addItem(ctx, {
      origin: "list",
      title: ask,
      description: plainText(item).replace(/\s+/g, " ").trim(),
      status: "not_started",
      line: lineOf(item),
    });
  });
  return true;
}
