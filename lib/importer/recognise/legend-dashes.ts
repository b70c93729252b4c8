import { parseStatus } from "../clean";
import type { ItemStatus } from "../types";
import { linesWith } from "./lines-with";

// A dash as a legend's mark: "✅ = done　🔄 = in progress　— = not applicable". Checklists that mark
// each entry's state by its first character often give the entries that do not apply a plain dash
// ("- — English UI (moved to v1.1)"). A careful reader reads that dash through the legend, as the
// ticks and circles next to it, and the list as a task list. A dash only counts as a mark when a
// legend line defines it beside at least one other "mark = meaning" pair; a list entry that happens
// to start with a dash in a document without such a legend stays what it was.

/** "— = n/a", "– = entfällt": a dash, an equals sign, the meaning (up to a separator or the next pair). */
const DASH_PAIR = /(?:^|[\s>(])([—–])[ \t]*=[ \t]*([^·|,;\u3000、，；=\n]{1,40})/gu;
/** Any "mark = meaning" pair on the line: a non-letter, non-space mark before " = ". */
const ANY_PAIR = /[^\p{L}\p{N}\s][\uFE0F]?[ \t]*=[ \t]*[^\s=]/gu;

/** The dashes the document's legend lines define, with the state each stands for. */
export function dashLegendOf(text: string): Map<string, ItemStatus> {
  const legend = new Map<string, ItemStatus>();
  for (const line of linesWith(text, /[—–][ \t]*=/u, "crlf")) {
    if ((line.match(ANY_PAIR)?.length ?? 0) < 2) continue;
    for (const m of line.matchAll(DASH_PAIR)) {
      // The meaning ends at two spaces or at the next pair's mark ("— = n/a  ✅ = done").
      const meaning = m[2]!.split(/ {2,}|\t/)[0]!.replace(/[*_]/g, "").trim();
      const status = meaning ? parseStatus(meaning) : null;
      if (status) legend.set(m[1]!, status);
    }
  }
  return legend;
}

/** An entry that opens with a dash the legend defines ("— English UI"): its state and the rest. */
export function leadingLegendDash(text: string, legend?: Map<string, ItemStatus>): { mark: string; status: ItemStatus; rest: string } | null {
  const m = text.match(/^([—–])[ \t]+(?=\S)/u);
  const status = m ? legend?.get(m[1]!) : undefined;
  return m && status ? { mark: m[1]!, status, rest: text.slice(m[0].length) } : null;
}
