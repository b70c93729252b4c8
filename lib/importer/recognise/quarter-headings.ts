// A plan's quarters and halves in the languages plans are written in: "1분기", "상반기", "第1四半期",
// "第一季度", "1. Quartal", "1er trimestre", "1º trimestre", "Primer trimestre", "I квартал",
// "Quý 1", "Kuartal 1", "1. çeyrek", "I kwartał". A heading that opens with one is a time box of the
// roadmap whose lists are its work, as "Q1 — Foundations" is in English (sections.ts TIMEBOX).

const N = "(?:[1-4]|i{1,3}|iv)";
const ORDINAL = "(?:primer|primero|segundo|tercer|tercero|cuarto|premier|deuxième|troisième|quatrième|primeiro|terceiro|quarto|primo|secondo|terzo|erstes|zweites|drittes|viertes)";
const QUARTER_WORDS = "(?:quartal|trimestre|quarter|kwartaal|kvartal|kvartaali|kwartał|квартал|çeyrek|quý|kuartal|triwulan|čtvrtletí|negyedév)";
const OPENS = new RegExp(
  [
    // "1분기", "2 분기", "상반기", "하반기"
    `[1-4]\\s?분기|[상하]반기`,
    // "第1四半期", "1四半期", "上期", "下期", "上半期", "下半期"
    `(?:第)?[1-4１-４]四半期|[上下]半?期`,
    // "第一季度", "一季度", "Q1季度", "上半年", "下半年"
    `(?:第)?[一二三四1-4]季度|[上下]半年`,
    // "1. Quartal", "1er trimestre", "1º trimestre", "1-й квартал", "I kwartał", "1. çeyrek"
    `${N}(?:\\.|er|e|re|º|°|ª|o|-?й|-?ий)?\\s*${QUARTER_WORDS}`,
    // "Quartal 1", "Quý 1", "Kuartal 1", "Triwulan 2", "Trimestre 3"
    `${QUARTER_WORDS}\\s+${N}(?![\\p{L}\\p{N}])`,
    // "Primer trimestre", "Premier trimestre", "Erstes Quartal"
    `${ORDINAL}\\s+${QUARTER_WORDS}`,
  ].join("|"),
  "iu",
);
const AT_START = new RegExp(`^[^\\p{L}\\p{N}]*(?:\\d{4}\\s*년?\\s*)?(?:${OPENS.source})`, "iu");

/** The heading opens with a quarter or half of the year ("1분기", "第一季度", "1. Quartal"), a year before it allowed. */
export function opensWithQuarter(raw: string): boolean {
  return AT_START.test(raw.trim());
}
