import type { Paragraph } from "mdast";
import { nearestKind, type ParseContext, addItem } from "../context";
import { lineOf, sourceOf } from "../markdown";

// Meeting notes and retros written as prose mark the decisions to act on in place: "We agreed to
// try it. **Action (Lea):** add a check to the template." or a whole bold line "**ACTION: Marcus to
// open a ticket with platform.**". A careful reader lifts each out as an item — the words after the
// label up to the end of the sentence — with the owner (in the label's parenthesis, or "Name to …"
// opening the words) as who does it, not as title. "Action taken:" in an incident timeline says
// what was done and is not a label of this kind.

/** "**Action (Lea):** …", "**Action item:** …", "**ACTION: …**", in several languages. */
export const LABEL_WORD = "(?:action(?: item)?|todo|to-do|aktion|ma(?:ß|ss)nahme|aufgabe|acci[óo]n|a[çc][ãa]o|azione|actie|actiepunt|действие|задача|дія|zadanie|アクション|行动项?)";
const LABELLED = new RegExp(`\\*\\*${LABEL_WORD}\\s*(?:\\(([^()*\\n]{1,40})\\))?\\s*[:：]\\s*(?:\\*\\*\\s*([^*\\n]+)|([^*\\n]+?)\\*\\*)`, "giu");
/** "Marcus to open …", "Lea will add …": an owner opening the words. */
const OWNER_TO = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(?:to|will|should|must|soll|wird|va a|va|doit|debe)\s+(?=\p{L})/u;

/** The first sentence of the words after a label. */
const sentence = (text: string) => text.split(/(?<=[.!?])\s+/u)[0]!.replace(/[.!]\s*$/u, "").trim();

export function recogniseActionLabels(paragraph: Paragraph, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics") return false;
  const source = sourceOf(paragraph, ctx.text);
  if (!source.includes("**")) return false;
  const found: { title: string; owner: string | null; offset: number }[] = [];
  for (const m of source.matchAll(LABELLED)) {
    let words = sentence((m[2] ?? m[3] ?? "").trim());
    let owner = m[1]?.trim() ?? null;
    const to = words.match(OWNER_TO);
    if (to) {
      owner ??= to[1]!;
      words = words.slice(to[0].length);
    }
    if (words.split(/\s+/).length >= 2) found.push({ title: words, owner, offset: m.index });
  }
  if (!found.length) return false;
  ctx.shapes.add("action-items");
  for (const { title, owner, offset } of found) {
    addItem(ctx, {
      origin: "list",
      title,
      description: owner ? `Owner: ${owner}` : "",
      status: "not_started",
      line: lineOf(paragraph) + (source.slice(0, offset).match(/\n/g)?.length ?? 0),
    });
  }
  return true;
}
