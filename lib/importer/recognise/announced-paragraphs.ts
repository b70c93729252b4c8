import type { Paragraph, RootContent } from "mdast";
import { nearestKind, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { statusAroundDescription } from "../status-words";
import { lineEntry, readPickedEntries } from "./picked-entries";

// A plan written as prose: "We agreed on four pieces of work." then four paragraphs, each opening on
// a bold sentence ("**Cache the shipping-rates response.** Today every keystroke … Luca owns this.").
// The writer counted the work and gave each piece its own paragraph with a bold name, where a list
// would have had bullets; a careful reader takes each bold sentence as an item (without its closing
// full stop) and the rest of the paragraph as its description, a sentence of it opening on a state
// ("Already in progress — …") as its state. Only when the lead-in's count is exactly the number of
// bold-led paragraphs that follow it: bold lead sentences alone are how essays and reports set off
// their points too.

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, deux: 2, trois: 3, quatre: 4, cinq: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5,
};
/** "four pieces of work", "3 changes", "drei Maßnahmen", "quatre chantiers": a count of the work, closing the lead-in's last sentence. */
const ANNOUNCED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})\s+(?:(?:main|key|concrete|big|small|separate)\s+)?(?:pieces of work|work ?items|workstreams|things(?: to do)?|changes|fixes|tasks|actions|steps|projects|initiatives|items|Maßnahmen|Aufgaben|Arbeitspakete|chantiers|actions|tâches|tareas|acciones|cambios)(?![\p{L}])[^.!?:\n]{0,80}[.:]\s*$`,
  "iu",
);
const MAX_LEAD = 2000;

/** The bold sentence opening a paragraph, and the rest; null when the paragraph opens otherwise. */
function boldLead(node: RootContent | undefined): { title: string; rest: string } | null {
  if (node?.type !== "paragraph") return null;
  const first = (node as Paragraph).children[0];
  if (first?.type !== "strong") return null;
  const title = plainText(first).trim().replace(/[.:]$/u, "").trim();
  if (!title || title.length > 200) return null;
  const rest = plainText({ ...(node as Paragraph), children: (node as Paragraph).children.slice(1) }).trim();
  return { title, rest };
}

/** The state a sentence of the description opens on ("Already in progress — Sophie has a draft PR."). */
function stateOfSentences(rest: string) {
  for (const sentence of rest.split(/(?<=[.!?])\s+/u)) {
    const s = statusAroundDescription(sentence.replace(/^(?:already|now|currently)\s+/iu, ""));
    if (s) return s;
  }
  return null;
}

/**
 * A lead-in paragraph counting the work, then exactly that many bold-led paragraphs (see above): each
 * is an item. Returns the index of the last paragraph read, or -1 when the lead-in is no such count.
 */
export function recogniseAnnouncedParagraphs(nodes: readonly RootContent[], i: number, ctx: ParseContext): number {
  const kind = nearestKind(ctx);
  if (kind === "metrics" || kind === "legend" || kind === "notes") return -1;
  const lead = nodes[i]!;
  const text = plainText(lead).trim();
  if (text.length > MAX_LEAD) return -1;
  const m = text.match(ANNOUNCED);
  if (!m) return -1;
  const count = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  if (!(count >= 2)) return -1;
  const led: { title: string; rest: string; line: number }[] = [];
  for (let j = i + 1; j < nodes.length; j++) {
    const b = boldLead(nodes[j]);
    if (!b) break;
    led.push({ ...b, line: lineOf(nodes[j]!) });
  }
  if (led.length !== count) return -1;
  ctx.shapes.add("announced-paragraphs");
  const items = readPickedEntries(
    led.map((p) => lineEntry(p.title, p.line, p.rest)),
    lead as Paragraph,
    ctx,
  );
  for (const item of items) {
    const p = led.find((x) => x.line === item.line);
    const state = p ? stateOfSentences(p.rest) : null;
    if (state && item.status === "not_started") {
      item.status = state;
      item.done = state === "done";
    }
  }
  return i + count;
}
