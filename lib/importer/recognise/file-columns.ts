import { isPath } from "./file-lists";

// "| File | Line | Comment |", "| Path | Problem |": a column that names the file each row is about.
// The file is where the work is done, so a careful reader lists it as the item's file (as a list of
// paths under an entry is): only a column headed as files, nearly all of whose cells are paths.

const FILE_HEADER = /^(?:files?|file ?path|path|datei|fichier|archivo|arquivo|bestand|plik|soubor|ファイル|文件)$/iu;

/** The column of files in a table's rows, or -1. */
export function fileColumn(headers: readonly string[], rows: readonly string[][]): number {
  return headers.findIndex((h, c) => {
    if (!FILE_HEADER.test(h.trim())) return false;
    const cells = rows.map((r) => (r[c] ?? "").trim()).filter(Boolean);
    return cells.length > 0 && cells.filter(isPath).length >= cells.length * 0.8;
  });
}

/** A row's file, as its cell names it (backticks off), or null. */
export const fileOfCell = (cell: string | undefined): string | null => (cell && isPath(cell) ? cell.trim().replace(/`/g, "") : null);
