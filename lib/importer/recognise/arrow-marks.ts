// "Priority: 🔥 urgent / ⬆️ high / ➡️ normal / ⬇️ low", then "- ⬇️ Split the PaymentService class" and
// "### Coupon applies twice ⬆️": arrows as priority marks. An arrow means nothing by itself (it also
// points, "60% → 80%"), so a careful reader takes one as a priority only where the document's key
// names its level (priority.ts priorityMarksOf reads the key), and only opening or closing the entry.

/** Arrow marks a key may rank (the plain "→" points from one thing to another in prose: not among them). */
export const ARROW_MARKS = "⬆⬇➡⬅↗↘⏫⏬🔼🔽➖";

const LEADING = new RegExp(`^\\s*([${ARROW_MARKS}])\\uFE0F?\\s+`, "u");
const TRAILING = new RegExp(`\\s+([${ARROW_MARKS}])\\uFE0F?\\s*$`, "u");

/** An arrow opening or closing the text that the document's key ranks: the mark and the text without it. */
export function keyedArrow(text: string, marks: ReadonlyMap<string, string | null> | undefined): { mark: string; rest: string } | null {
  if (!marks?.size) return null;
  const m = text.match(LEADING) ?? text.match(TRAILING);
  if (!m || !marks.get(m[1]!)) return null;
  const rest = (m.index === 0 && text.match(LEADING) ? text.slice(m[0].length) : text.slice(0, m.index)).trim();
  return rest ? { mark: m[1]!, rest } : null;
}
