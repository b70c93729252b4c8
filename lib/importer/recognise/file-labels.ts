import type { FoundItem } from "../context";
import { addFile, isPath } from "./file-lists";

// "… — convert to AVIF. File: `public/img/hero.png`", "Files: `src/a.ts`, `src/b.ts`": an audit or
// review names the file each finding is in with a label closing its line. A reader takes the paths as
// the files the work touches (as a "Files:" list under a task, recognise/file-lists.ts), not as words
// of the description. Only a label whose every entry is a path counts ("File: a bug report" is prose).

/** The label, in the languages of the vocabulary, as the last "Files:" of a line. */
const LABEL = /(?:^|[\s.;,(—–-])(?:files?|paths?|fichiers?|datei(?:en)?|archivos?|arquivos?|bestand(?:en)?|ファイル|文件)\s*[:：]\s*/giu;
/** Between paths: a comma, "and", "&". */
const BETWEEN = /\s*(?:,|;|&|\band\b)\s*/u;

/** The paths a line's closing label names, and the line without it; null when it names none. */
export function fileLabel(line: string): { text: string; files: string[] } | null {
  const labels = [...line.matchAll(LABEL)];
  const last = labels.at(-1);
  if (!last) return null;
  const list = line.slice(last.index! + last[0].length).trim().replace(/[.;]$/, "").trim();
  if (!list) return null;
  const files = list.split(BETWEEN).map((p) => p.trim());
  if (!files.every((p) => p.length > 0 && isPath(p))) return null;
  const start = last.index! + (/^[\s.;,(—–-]/u.test(last[0]) ? 1 : 0);
  return { text: line.slice(0, start).trim(), files: files.map((p) => p.replace(/`/g, "")) };
}

/** Moves the files an item's description names with a closing label into the item's file list. */
export function readFileLabels(items: FoundItem[]) {
  for (const item of items) {
    if (!item.description || !/[:：]/u.test(item.description)) continue;
    const lines = item.description.split("\n").map((line) => {
      const found = fileLabel(line);
      if (!found) return line;
      for (const text of found.files) addFile(item, text);
      return found.text;
    });
    item.description = lines.join("\n").trim();
  }
}
