// Requirement levels in the RFC 2119 manner: a specification, an RFP's requirement schedule or a
// standard writes "The system MUST log every access", "… SHOULD support SSO", "… MAY offer …", the
// key word in capitals to say how binding the requirement is. A careful reader ranks such
// requirements by it, as the README's MoSCoW words rank work: MUST / SHALL / REQUIRED → Must
// (P0), SHOULD / RECOMMENDED → Should (P1), COULD → Could (P2); MAY / OPTIONAL is truly optional and
// gives no priority. The capitals are the signal: "you must see this" in prose is not a level, and a
// title all in capitals ("MUST FIX LOGIN") is shouting, not a key word. The same key words in the
// languages RFC 2119 is commonly translated into ("MUSS", "DOIT", "DEBE", "ДОЛЖЕН") count as well.
// A column of nothing but key words ("Level": MUST / SHOULD / MAY) ranks a table's rows the same way.

type Level = "must" | "should" | "could" | "may";

const KEYWORDS: Record<Level, string[]> = {
  must: [
    "MUST", "MUST NOT", "SHALL", "SHALL NOT", "REQUIRED",
    "MUSS", "MÜSSEN", "DARF NICHT", "DOIT", "DOIVENT", "NE DOIT PAS", "OBLIGATOIRE", "DEBE", "DEBEN", "NO DEBE", "OBLIGATORIO", "DEVE", "DEVEM", "NÃO DEVE", "OBRIGATÓRIO", "DEVONO", "NON DEVE", "OBBLIGATORIO",
    "MOET", "MOETEN", "MAG NIET", "VERPLICHT", "SKALL", "SKAL", "MUSI", "MUSZĄ", "NIE MOŻE", "WYMAGANE", "MUSÍ", "NESMÍ", "MORA", "MORAJU", "NE SME", "TÄYTYY", "PITÄÄ", "ON PAKKO",
    "ДОЛЖЕН", "ДОЛЖНА", "ДОЛЖНО", "ДОЛЖНЫ", "НЕ ДОЛЖЕН", "ОБЯЗАТЕЛЬНО", "ПОВИНЕН", "ПОВИННА", "ПОВИННІ", "МОРА", "MELİDİR", "ZORUNLU",
  ],
  should: [
    "SHOULD", "SHOULD NOT", "RECOMMENDED", "NOT RECOMMENDED",
    "SOLL", "SOLLTE", "SOLLTEN", "SOLLEN", "EMPFOHLEN", "DEVRAIT", "DEVRAIENT", "RECOMMANDÉ", "DEBERÍA", "DEBERÍAN", "RECOMENDADO", "DEVERIA", "DEVERIAM", "DOVREBBE", "DOVREBBERO", "RACCOMANDATO",
    "ZOU MOETEN", "AANBEVOLEN", "BÖR", "BØR", "POWINIEN", "POWINNA", "POWINNO", "POWINNY", "ZALECANE", "MĚL BY", "MĚLA BY", "MĚLO BY", "TREBA", "TREBALO BI", "TREBA DA", "PITÄISI", "TULISI",
    "СЛЕДУЕТ", "РЕКОМЕНДУЕТСЯ", "НЕ СЛЕДУЕТ", "СЛІД", "ТРЕБА", "ТРЕБАЛО БИ", "ÖNERİLİR",
  ],
  could: ["COULD"],
  may: [
    "MAY", "OPTIONAL", "KANN", "KÖNNEN", "DARF", "OPTIONAL", "PEUT", "PEUVENT", "FACULTATIF", "PUEDE", "PUEDEN", "OPCIONAL", "PODE", "PODEM", "PUÒ", "POSSONO", "OPZIONALE",
    "MAG", "KAN", "MOŻE", "OPCJONALNE", "MŮŽE", "MOŽE", "VOI", "МОЖЕТ", "МОЖЕ", "НЕОБЯЗАТЕЛЬНО", "İSTEĞE BAĞLI",
  ],
};

/** The priority label each level gives (priority.ts reads these horizon labels); MAY gives none. */
const LABEL: Record<Level, string | null> = { must: "Immediate", should: "Short term", could: "Medium term", may: null };
const ORDER: Level[] = ["must", "should", "could", "may"];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEVEL_OF = new Map<string, Level>(ORDER.flatMap((level) => KEYWORDS[level].map((w) => [w, level] as const)));
const ALT = [...LEVEL_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
// Case-sensitive on purpose: the capitals make the key word. Not inside a longer word of capitals or letters.
const IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALT})(?![\\p{L}\\p{N}])`, "gu");
const WHOLE = new RegExp(`^(?:${ALT})$`, "u");

/** The strongest key word in a requirement written in mixed case; null when none, or when the text is all capitals. */
function levelIn(text: string): Level | null {
  if (!/\p{Ll}/u.test(text)) return null;
  let best: Level | null = null;
  for (const m of text.matchAll(IN_TEXT)) {
    const level = LEVEL_OF.get(m[0])!;
    if (best === null || ORDER.indexOf(level) < ORDER.indexOf(best)) best = level;
    if (best === "must") break;
  }
  return best;
}

/** The priority label a requirement's capitalised key word gives ("… MUST …" → "Immediate"); null for MAY or none. */
export function requirementPriority(title: string): string | null {
  if (title.length > 2000) return null;
  const level = levelIn(title);
  return level ? LABEL[level] : null;
}

/** Whether a table cell is only a key word ("MUST", "Should", "may"): a requirement level column's cell. */
export function isRequirementLevelCell(cell: string): boolean {
  const t = cell.replace(/[*_`]/g, "").trim().toUpperCase();
  return t.length > 0 && t.length < 30 && WHOLE.test(t);
}

/** The priority label of a level cell ("MUST" → "Immediate", "MAY" → null). */
export function requirementLevelLabel(cell: string): string | null {
  const t = cell.replace(/[*_`]/g, "").trim().toUpperCase();
  const level = LEVEL_OF.get(t);
  return level ? LABEL[level] : null;
}
