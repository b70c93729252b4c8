// A fact table: two columns, "| 項目 | 内容 |", "| Field | Value |", "| 항목 | 내용 |", whose left cells
// are short field names (発生日時, 影響, Reporter) and whose right cells are their values. An incident
// report or a design doc opens with one; a person reads it as the document's particulars, not as
// work — however task-like the left header ("Item", "項目") sounds.

/** Left headers that name a field, not a task: "Field", "Property", "Item", "項目", "항목", or none. */
const FIELD = /^(?:|fields?|property|properties|attributes?|keys?|items?|parameters?|names?|feld|eigenschaft|merkmal|punkt|champ|propriété|élément|campo|propiedad|elemento|proprietà|voce|veld|eigenschap|pole|właściwość|поле|свойство|параметр|властивість|alan|özellik|項目|フィールド|属性|キー|项目|字段|屬性|항목|필드|속성|trường|mục|hạng mục|kolom|butir|รายการ|หัวข้อ)$/u;
/** Right headers that say "value": "Value", "Content", "内容", "値", "内容", "值", "내용", "값". */
const VALUE = /^(?:values?|contents?|wert|werte|inhalt|valeur|contenu|valor|contenido|valore|contenuto|waarde|inhoud|conteúdo|wartość|treść|значение|содержание|значення|зміст|değer|içerik|内容|値|值|內容|내용|값|giá trị|nội dung|nilai|isi|ค่า|เนื้อหา)$/u;

const normalise = (h: string) => h.toLowerCase().replace(/[*_`?:：]/g, "").trim();

/** A field name: a few words, or a few ideographs, with no sentence ending. */
function isFieldName(cell: string): boolean {
  const t = cell.replace(/[*_`]/g, "").trim();
  if (!t || /[.!?。！？]$/u.test(t)) return false;
  const ideographs = (t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu) ?? []).length;
  if (ideographs > 0) return t.length <= 10;
  return t.split(/\s+/).length <= 3 && t.length <= 30;
}

/**
 * Two columns headed field and value ("項目 | 内容", "Field | Value"), two rows or more, every left
 * cell a short field name and no two alike.
 */
export function isFactTable(headers: string[], rows: string[][]): boolean {
  if (headers.length !== 2 || rows.length < 2) return false;
  if (!FIELD.test(normalise(headers[0]!)) || !VALUE.test(normalise(headers[1]!))) return false;
  const names = rows.map((r) => (r[0] ?? "").trim());
  return names.every(isFieldName) && new Set(names).size === names.length;
}
