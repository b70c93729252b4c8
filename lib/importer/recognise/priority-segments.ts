import { findPriorityLabel } from "../priority";

// A priority said as its own segment of an entry's description, between dashes or after a comma:
// "**Inventariar dependencias** de … — *prioridad alta* — ✅ hecho", "Swag for the offsite — low
// priority, only if budget allows", "… · Priorität: hoch · @mia", "… — 優先度：高 — 対応中". The segment
// is nothing but the priority phrase (a level with its noun, or a P-level): a careful reader takes it
// as the priority, wherever it stands in the line. A level word alone ("— high") or inside a longer
// clause ("— high availability matters here") is prose.

const SEGMENTS = /\s+[—–|·]\s+|[,;，；]\s*/u;

/** The priority label of the first segment that is only a priority phrase, or null. */
export function prioritySegment(description: string): string | null {
  for (const raw of description.split(SEGMENTS)) {
    const segment = raw.replace(/[*_`]/g, "").replace(/^[\s([（]+|[\s)\]）.!]+$/gu, "").trim();
    if (!segment || segment.split(/\s+/).length > 3) continue;
    // The heading reading needs the priority noun beside a level word ("prioridad alta", "low priority").
    const label = findPriorityLabel(segment, { headingOnly: true });
    if (label && !/^(?:Immediate|Short term|Medium term|Long term|Won't have)$/.test(label)) return label;
  }
  return null;
}
