// A card's nested "- Labels: frontend, P2" or "- Priority: high" sub-bullet ranks the card, as a priority column would.
import type { ListItem } from "mdast";
import { isPriorityField, isSeverityField } from "../field-names";
import { plainText } from "../markdown";
import { fieldValuePriority } from "./prose-fields";

/** Names of a labels/tags field, the way board exports write them in several languages. */
const LABEL_FIELD = /^(?:labels?|tags?|etiquetas?|étiquettes?|etiketten?|etichette|etiketler|etykiety|метки|теги|мітки|标签|標籤|タグ|ラベル|라벨|태그|nhãn)$/iu;
/** "Labels: x, y": a short field name, a colon, a value. */
const FIELD = /^\s*([\p{L}][\p{L} ]{0,24}?)\s*[:：]\s*(\S.{0,200})$/u;
/** One label that is a P-level ("P2", "p0"). */
const P_LABEL = /^P\d{1,2}$/i;

/** The priority label a list entry's nested field sub-bullet gives it, or null when none does. */
export function nestedFieldPriority(item: ListItem): string | null {
  for (const child of item.children) {
    if (child.type !== "list") continue;
    for (const entry of child.children) {
      const first = entry.children[0];
      if (first?.type !== "paragraph") continue;
      const m = plainText(first).split("\n")[0]!.match(FIELD);
      if (!m) continue;
      const [name, value] = [m[1]!.trim(), m[2]!.trim()];
      if (name.split(/\s+/).length > 2) continue;
      if (isPriorityField(name) || isSeverityField(name)) {
        const found = fieldValuePriority(value);
        if (found) return found;
        continue;
      }
      // Among a card's labels, one that is a P-level is its priority ("前端, P2"); other labels say nothing.
      if (!LABEL_FIELD.test(name)) continue;
      const level = value.split(/[,，、;|/]/u).map((l) => l.replace(/[`*_~"]/g, "").trim()).find((l) => P_LABEL.test(l));
      if (level) return level.toUpperCase();
    }
  }
  return null;
}
