// A plan sorted under headings of how much each part matters, in words rather than levels:
// "### Критично / ### Бажано" (critical, desirable), "Krytyczne / Mile widziane", "Kritisch /
// Wünschenswert", "Penting banget" (very important). A reader ranks the lists under them as
// Critical, High and Medium. Only the whole heading counts: a level word alone in a heading is
// otherwise a topic in these languages (priority.ts: "## Media"); German "Kritik" is criticism and
// "Important" alone may be a rank or a horizon ("next"), so those are left to the priority words.

type Level = "Critical" | "High" | "Medium";
const WORDS: Record<Level, string[]> = {
  Critical: [
    "критично", "критичне", "критичні", "критически важно", "критично важливо", "критичное", "критичные", "krytyczne", "krytycznie", "kritisch", "critique", "critiques", "crítico", "críticos",
    "critico", "critici", "kritiek", "kritiskt", "kritisk", "kriittinen", "kriittiset", "kritické", "kritikus",
  ],
  // "Important" alone is ambiguous — a rank (High) or a horizon (next) — so only "very important" counts.
  High: [
    "penting banget", "penting sekali", "sangat penting", "дуже важливо", "дуже важливе", "очень важно", "очень важное", "bardzo ważne", "sehr wichtig", "muy importante", "molto importante", "très important",
    "muito importante", "zeer belangrijk", "heel belangrijk", "mycket viktigt", "meget vigtigt", "svært viktig", "çok önemli", "erittäin tärkeä", "velmi důležité", "nagyon fontos", "rất quan trọng", "非常重要", "とても重要", "매우 중요",
  ],
  Medium: [
    "бажано", "бажане", "бажані", "желательно", "желательное", "желательные", "mile widziane", "pożądane", "wünschenswert", "souhaitable", "souhaitables", "deseable", "deseables", "desejável", "desejáveis",
    "auspicabile", "auspicabili", "wenselijk", "önskvärt", "ønskeligt", "ønskelig", "istenen", "toivottava", "žádoucí", "kívánatos", "望ましい", "바람직", "nên có", "diinginkan",
  ],
};
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = (Object.entries(WORDS) as [Level, string[]][]).map(([level, words]) => [level, new RegExp(`^[^\\p{L}\\p{N}]*(?:${words.map(esc).join("|")})[^\\p{L}\\p{N}]*$`, "iu")] as const);

/** The level a heading of one importance word gives ("Критично" → Critical, "Бажано" → Medium), or null. */
export function importanceHeading(raw: string): Level | null {
  const name = raw.replace(/[*_`]/g, "").trim();
  return PATTERNS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}
