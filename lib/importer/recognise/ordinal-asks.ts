import type { Paragraph } from "mdast";
import type { ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { kindOf } from "../sections";
import { lineEntry, readPickedEntries } from "./picked-entries";

// A newsletter or a mail that lists its plans in running text: "**What's next.** Over the winter the
// committee wants to get a few things done. First, we need to replace the rotten beds — Gary will
// lead a work party. Second, … we'll be fitting a key safe (done already). Third, … And finally, we'd
// like someone to set up a seed-swap table." The writer numbered the asks with ordinal adverbs where
// a list would have had bullets. Where the paragraph's own bold lead, or the nearest heading, says it
// is work ahead ("What's next", "Next steps", "Plans"), a careful reader takes each ordinal's sentence
// as one item: the sentence is its title (read as any entry is: a remark in parentheses, a state),
// the sentences after it until the next ordinal its description. Three ordinals at least, the first
// of them "first": two sentences that happen to open "First, …" and "Finally, …" are prose.

/** Sentence-opening ordinals, by language; the first of each group opens the enumeration. */
const ORDINALS = [
  String.raw`(?:and\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)`,
  String.raw`(?:und\s+)?(?:erstens|zweitens|drittens|viertens|fünftens|schließlich|zuletzt)`,
  String.raw`(?:et\s+)?(?:premièrement|deuxièmement|troisièmement|quatrièmement|enfin)`,
  String.raw`(?:y\s+)?(?:primero|segundo|tercero|cuarto|por último|finalmente)`,
  String.raw`(?:e\s+)?(?:primo|secondo|terzo|quarto|infine)`,
  String.raw`(?:en\s+)?(?:ten eerste|ten tweede|ten derde|ten vierde|tot slot)`,
  String.raw`(?:och\s+)?(?:för det första|för det andra|för det tredje|för det fjärde|slutligen)`,
].join("|");
const MARKER = new RegExp(String.raw`(?:^|(?<=[.!?…]\s{1,3}))(?:${ORDINALS})\s*,\s*`, "giu");
const OPENER = /^(?:first(?:ly)?|erstens|premièrement|primero|primo|ten eerste|för det första)\b/iu;
const LEAST = 3;

/** The first sentence of a segment and the rest: a full stop, "!" or "?" before a space and a capital ends it. */
function splitSentence(segment: string): [string, string] {
  const end = segment.search(/[.!?](?=\s+\p{Lu})/u);
  return end < 0 ? [segment.replace(/[.!?\s]+$/u, ""), ""] : [segment.slice(0, end), segment.slice(end + 1).trim()];
}

/** Whether the paragraph's bold lead ("**What's next.**") names work ahead. */
function leadNamesWork(p: Paragraph): boolean {
  const first = p.children[0];
  if (first?.type !== "strong") return false;
  const lead = plainText(first).replace(/[.:：]\s*$/u, "").trim();
  return !!lead && lead.length <= 60 && kindOf(lead, null, null) === "tasks";
}

/** A paragraph enumerating asks with ordinal adverbs (see above): each ordinal's sentence is an item. */
export function recogniseOrdinalAsks(node: Paragraph, ctx: ParseContext): boolean {
  // A heading of the document, not the low-confidence reading's fallback, must name the work.
  if (!leadNamesWork(node) && [...ctx.stack].reverse().find((s) => s.kind)?.kind !== "tasks") return false;
  const text = plainText(node).replace(/\s+/g, " ").trim();
  if (text.length > 5000) return false;
  const marks = [...text.matchAll(MARKER)];
  if (marks.length < LEAST || !OPENER.test(marks[0]![0].replace(/^(?:and|und|et|y|e|en|och)\s+/iu, ""))) return false;
  const line = lineOf(node);
  const entries = marks.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : text.length;
    const [sentence, rest] = splitSentence(text.slice(start, end).trim());
    return lineEntry(sentence, line, rest);
  });
  ctx.shapes.add("ordinal-asks");
  readPickedEntries(entries, node, ctx);
  return true;
}
