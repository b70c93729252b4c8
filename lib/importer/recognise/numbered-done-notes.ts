import type { FoundItem } from "../context";

// "Punt 3 is al gedaan, zag ik net in de change log", "Item 2 is already done", "Punkt 4 ist schon
// erledigt": a sentence after a numbered list that reports one of its entries done, by its number.
// The entry is done, though its own line has no mark; a careful reader ticks it. The number is the one
// written on the nearest entry line above the sentence ("3. Joost: …"), so a second list further up
// with the same numbers is not touched.

/** The word for an entry, its number, "is (already)", then a word for done — the whole claim, in a few languages. */
const REPORT =
  /(?:^|[\s(])(?:punt|item|point|punkt|actie|action|taak|task|nr\.?|nummer|number|numéro|número|numero|#)\s*(\d{1,2})\s+(?:is|ist|est|es|está|é|è|är|er|jest|on)\s+(?:(?:al|already|schon|bereits|déjà|ya|já|già|redan|allerede|już|jo)\s+)?(?:done|gedaan|klaar|afgerond|erledigt|fait|terminé|hecho|feito|fatto|klar|gjort|gjord|zrobione|zrobiony|tehty|completed?|finished)(?![\p{L}])/iu;
const MAX_LINE = 500;

/** Ticks the numbered entries such sentences report done; returns how many it ticked. */
export function tickReportedDone(items: FoundItem[], text: string): number {
  if (!REPORT.test(text.slice(0, 200_000))) return 0;
  const lines = text.split("\n");
  let ticked = 0;
  lines.forEach((line, i) => {
    const said = line.length <= MAX_LINE ? line.match(REPORT) : null;
    if (!said || /^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(line)) return;
    // The nearest line above that opens with this number and a dot or parenthesis: the entry named.
    const numbered = new RegExp(`^\\s*${said[1]}[.)]\\s`);
    for (let j = i - 1; j >= 0 && j >= i - 60; j--) {
      if (!numbered.test(lines[j]!)) continue;
      const item = items.find((it) => it.line === j + 1);
      if (item && !item.done && item.status === "not_started") {
        item.done = true;
        item.status = "done";
        ticked++;
      }
      break;
    }
  });
  return ticked;
}
