import { isContainerName } from "./category-names";
import type { TableColumns } from "./table-columns";

// A database copy (Notion, Airtable, a tracker's CSV turned into a table) gives each row a property
// that files it: "Category", "Area", "Theme", "Tags", "Component", "Kategorie", "Catégorie",
// "Área", "Kategori", "분류", "分类", "カテゴリ". A reader files the row under that value, after the
// document's own headings; several tags ("Retention, Research") are several segments. A "Stage"
// property files rows only when its cells are not states ("Idea", "Running" are the row's status).
// Labels ("bug", "feature") say the kind of work, not where it belongs, and are left to the notes.

const CATEGORY =
  /^(?:categor(?:y|ies)|area|areas|theme|themes|tags?|components?|stage|workstream|stream|domain|kategorie|bereich|themenbereich|komponente|cat[ée]gorie|domaine|th[èe]me|[ée]tiquettes?|categor[íi]a|[áa]rea|etiquetas?|categoria|ambito|componente|etichette|categorie|gebied|kategori|omr[åa]de|etiketter|kategoria|obszar|tagi|категория|область|теги|метки|категорія|alan|etiketler|카테고리|분류|영역|태그|分类|類別|类别|标签|標籤|领域|領域|カテゴリー?|分類|タグ)$/u;

/**
 * Whether a category column files the rows under the headings above them: only when those headings
 * name no group of their own (none, or a container such as "Backlog", recognise/category-names.ts).
 * A table of bets under "## Bets" with a "Theme" column is the Bets group; the column says which
 * theme each bet serves, as its Owner column says who runs it. A database copy pasted whole (a
 * Notion or spreadsheet export under the document's title) has no other filing than the column.
 */
export const filesByColumn = (headingPath: readonly string[]): boolean => headingPath.every(isContainerName);

/** Where the category column is, or -1: a header of the list above, on a column no other role took. */
export function categoryColumn(headers: string[], cols: TableColumns, rows: string[][], cellIsStatus: (cell: string) => boolean): number {
  const taken = new Set([cols.key, cols.title, cols.status, cols.done, cols.priority, cols.severity, cols.risk, cols.effort, cols.owner, cols.description, ...cols.periods]);
  return headers.findIndex((raw, c) => {
    const h = raw.toLowerCase().replace(/[*_`]/g, "").replace(/[?:]+$/, "").trim();
    if (taken.has(c) || !CATEGORY.test(h)) return false;
    const filled = rows.map((r) => (r[c] ?? "").trim()).filter((x) => x && !/^[—–-]$/.test(x));
    // A column of states is a status, whatever its name.
    return filled.length > 0 && filled.filter(cellIsStatus).length * 2 < filled.length;
  });
}

/** "Retention, Research" → ["Retention", "Research"]; a dash or empty cell files nothing. */
export function categoriesOfCell(cell: string): string[] {
  return cell
    .split(/\s*[,;、，]\s*/u)
    .map((t) => t.replace(/^#/, "").trim())
    .filter((t) => t && !/^[—–-]+$/.test(t));
}
