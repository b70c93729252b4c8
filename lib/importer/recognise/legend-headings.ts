import { LEGEND_NAMES } from "./scale-lines";

// A heading that is only the word for "legend" in the document's language ("## מקרא", "## Légende",
// "### 凡例", "## Chú thích"): what follows explains the marks and scales, it is no work, and the
// heading itself is not an item.

const NAMES = new Set(LEGEND_NAMES.map((n) => n.toLowerCase()));

/** The heading names a legend and nothing else (numbering, emoji and a trailing colon aside). */
export function isLegendHeading(raw: string): boolean {
  const said = raw
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  return NAMES.has(said);
}
