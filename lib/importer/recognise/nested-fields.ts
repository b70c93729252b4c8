// A list entry's nested "- Status: done ✅", "- Priority: high" or "- Labels: frontend, P2" sub-bullets
// state the entry's own fields, as the columns of a table row would (board and card exports write them so).
import type { ListItem } from "mdast";
import { parseStatus } from "../clean";
import { isPriorityField, isSeverityField, isStatusField } from "../field-names";
import { plainText } from "../markdown";
import type { ItemStatus } from "../types";
import { fieldValuePriority } from "./prose-fields";

/** "Status: in progress (lab tested)", "Labels: x, y": a short field name, a colon, a value. */
const FIELD = /^\s*([\p{L}][\p{L} ]{0,30}?)\s*[:：]\s*(\S.{0,300})$/u;
/** Names of a labels/tags field, the way board exports write them in several languages. */
const LABEL_FIELD = /^(?:labels?|tags?|etiquetas?|étiquettes?|etiketten?|etichette|etiketler|etykiety|метки|теги|мітки|标签|標籤|タグ|ラベル|라벨|태그|nhãn)$/iu;
/** One label that is a P-level ("P2", "p0"). */
const P_LABEL = /^P\d{1,2}$/i;
const TICK = /[✅✔☑]/u;

/** The "name: value" fields of an entry's nested sub-bullets (the first line of each), in order. */
function* nestedFields(item: ListItem): Generator<{ name: string; value: string }> {
  for (const child of item.children) {
    if (child.type !== "list") continue;
    for (const entry of child.children) {
      const first = entry.children[0];
      if (first?.type !== "paragraph") continue;
      const m = plainText(first).split("\n")[0]!.match(FIELD);
      if (m) yield { name: m[1]!.trim(), value: m[2]!.trim() };
    }
  }
}

const words = (name: string) => name.split(/\s+/).length;

/** The priority label a list entry's nested field sub-bullet gives it, or null when none does. */
export function nestedFieldPriority(item: ListItem): string | null {
  for (const { name, value } of nestedFields(item)) {
    if (words(name) > 2) continue;
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
  return null;
}

/** The state a list entry's nested Status field gives it, or null when it has none. */
export function nestedFieldStatus(item: ListItem): ItemStatus | null {
  for (const { name, value } of nestedFields(item)) {
    if (words(name) > 3 || !isStatusField(name)) continue;
    // The state is the value's first clause: "blocked, waiting on …", "cancelled — not a fit".
    const head = value.split(/\s+[—–-]\s+|[(,;（]/u)[0]!.replace(/[✅✔☑]\uFE0F?/gu, "").trim();
    // A first clause the vocabulary does not know ("tertunda, menunggu tim …"): the rest says it ("waiting").
    const status = (head ? parseStatus(head) : null) ?? (TICK.test(value) ? "done" : null) ?? parseStatus(value);
    if (status) return status;
  }
  return null;
}
