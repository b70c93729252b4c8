import type { List, Paragraph } from "mdast";
import type { FoundItem, ParseContext } from "../context";
import { plainText } from "../markdown";

// File paths after a task (`Files:` + `- src/App.tsx`, a lone `src/x.ts` line, or path entries in the
// task's own list) are neither items nor categories: they go to the file list of the items they
// follow (issue 18, shape 12).

const PATH = /^`?(?:[\w.@-]+(?:\/[\w.@*-]+)+|[\w-]+\.(?:tsx?|jsx?|mjs|py|go|rs|java|kt|rb|sql|ya?ml|json|css|scss|html|md|avif|png|svg|sh))`?$/;

export const isPath = (text: string) => PATH.test(text.trim());

const entryText = (item: List["children"][number]) => (item.children[0]?.type === "paragraph" ? plainText(item.children[0]) : "");

export const isFileList = (list: List) => list.children.length > 0 && list.children.every((item) => item.children.length === 1 && isPath(entryText(item)));

/** "Files:" alone, or a paragraph of nothing but paths. */
export function fileParagraph(paragraph: Paragraph): string[] | null {
  const text = plainText(paragraph);
  if (/^(?:files?|paths?|touches|where)\s*:$/i.test(text)) return [];
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.every(isPath) ? words : null;
}

export function attachFiles(ctx: ParseContext, paths: string[]) {
  for (const item of ctx.lastListItems ?? []) for (const path of paths) addFile(item, path.replace(/`/g, ""));
}

/** Lists `path` among the item's files unless one listed already names it (`same`: by default, the same text). */
export function addFile(item: Pick<FoundItem, "checklist">, path: string, same: (listed: string, path: string) => boolean = (a, b) => a === b) {
  if (!item.checklist.some((c) => c.kind === "file" && same(c.text, path))) item.checklist.push({ kind: "file", text: path, done: false });
}

/** Paths of a list's own entries (`- [ ] Preload the hero image` then `- src/pages/Home.tsx`). */
export const pathEntries = (list: List) => list.children.filter((item) => item.checked == null && isPath(entryText(item))).map(entryText);
