import { CJK_PRIORITY_NOUNS, PRIORITY_NOUNS, SEVERITY_FIELD_NAMES } from "../vocabulary";
import { linesWith } from "./lines-with";

// Lines that name a scale: a legend ("Legend:", "Légende :", "Легенда:", "凡例："), a priority or a
// severity ("Priorität: 🔥🔥🔥 sofort · 🔥 später", "优先级：…"). The priority-mark reader
// (priority.ts priorityMarksOf) reads its key from these lines; legend-lines.ts says which are legends.

export const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The word "legend" or "key" in the languages of the vocabulary. */
export const LEGEND_NAMES = ["legend", "legende", "leyenda", "légende", "legenda", "легенда", "лєгенда", "lejant", "teckenförklaring", "범례", "凡例", "图例", "圖例", "key", "schlüssel", "clé",
  // uk/ru "позначення", "(условные) обозначения"; vi "chú thích"; ar "مفتاح"; he "מקרא"; el "υπόμνημα"; hi "संकेत"
  "позначення", "умовні позначення", "обозначения", "условные обозначения", "chú thích", "مفتاح", "מקרא", "υπόμνημα", "संकेत", "keterangan"];
const names = [...LEGEND_NAMES, ...PRIORITY_NOUNS, ...CJK_PRIORITY_NOUNS, ...SEVERITY_FIELD_NAMES, "priorities", "prioritäten", "priorités", "prioridades", "priorità",
  // A tracker copy names its coloured labels ("Labels: 🔴 urgent 🟡 normal", "ラベル：🔴緊急 🟢いつでも"): the marks' key.
  "labels", "label", "etiketten", "étiquettes", "etiquetas", "etichette", "мітки", "метки", "ラベル", "라벨", "标签", "標籤", "லேபிள்", "லேபிள்கள்"].sort((a, b) => b.length - a.length);
/** A line that names a legend, a priority or a severity scale, as a whole word in any script. */
const NAMES_A_SCALE = new RegExp(`(?<![\\p{L}])(?:${names.map(escape).join("|")})(?![\\p{L}])|(?:${[...CJK_PRIORITY_NOUNS, "凡例", "图例", "圖例"].map(escape).join("|")})`, "iu");

/** Lines of a document that name a legend or a scale ("Legend: …", "Légende : …", "优先级：…"). */
export function scaleLines(text: string): string[] {
  // Found in one search of the document, not by testing every line (recognise/lines-with.ts).
  return linesWith(text, NAMES_A_SCALE, "crlf");
}

