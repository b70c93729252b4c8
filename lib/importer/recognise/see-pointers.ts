import { isPath } from "./file-lists";

// "(см. дамп в /var/tmp/heap-1203.hprof)", "(siehe Protokoll in logs/deploy.txt)", "(zie ticket)": a
// parenthesis that opens with the word for "see" points the reader elsewhere — a remark, not what to
// do. When it points at a file, that file is what the item touches (its `files`). English "(see …)" is
// read by the title reader's remark words (title-parts.ts); these are the other languages' words.

/** "see", "cf.", in the languages of the vocabulary (with the abbreviations people write: "см.", "vgl.", "bkz."). */
const SEE =
  /^(?:see|cf\.|siehe|s\.|vgl\.|voir|ver|véase|vedi|veja|vide|zie|se|patrz|zob\.|viz|pozri|см\.|смотри|смотрите|див\.|дивись|bkz\.|bakınız|lihat|xem|katso|参照|参考|詳細は|참고|참조)(?=\s|$)/iu;
/** A file path in the pointer: relative ("logs/x.txt") or absolute ("/var/tmp/heap.hprof"), with an extension. */
const ABSOLUTE_FILE = /^(?:~?\/)(?:[\w.@-]+\/)*[\w@-][\w.@-]*\.[\w-]{1,10}$/;
const MAX_WORDS = 8;

/** What a "see …" parenthesis points at: a remark, with the file it names if any; null when it is no pointer. */
export function seePointer(inner: string): { file: string | null } | null {
  const said = inner.replace(/[`*]/g, "").replace(/\s+/g, " ").trim();
  if (!SEE.test(said)) return null;
  const words = said.split(" ");
  if (words.length > MAX_WORDS) return null;
  const file = words.slice(1).find((w) => (isPath(w) && w.includes("/") && /\.[\w-]+$/.test(w)) || ABSOLUTE_FILE.test(w)) ?? null;
  return { file };
}
