import type { RootContent } from "mdast";
import { sourceOf } from "../markdown";

// A database page exported as Markdown (Notion, Coda, Confluence, Obsidian properties) writes each
// record as a heading over its properties, one plain "Label: value" line each, before any prose:
//
//   ## Biometric login            ## Биометрический вход          ## 生体認証ログイン
//   Status: In progress           Статус: В работе                ステータス：対応中
//   Priority: High                Приоритет: Высокий              優先度：高
//   Assignee: Dana                Исполнитель: Дмитрий К.         担当：佐藤
//
// A careful reader sees one item per heading with all those fields, whatever the language. The
// field-line heading reader (field-line-headings.ts) reads one line of fields; this finds such a
// stack and hands it over as one line, so every property is read, not only the last line's.

/** "Label: value", the label one to three words in any script; a colon inside a word ("Kund:innen", "10:30") is no label's. */
const LABELLED = /^([\p{L}][\p{L}\p{N} ]{0,24}?)\s*(?::\s+|：\s*)(\S.*)$/u;

/** The body's opening paragraph when every line of it is a "Label: value" line (two or more), and its lines. */
export function fieldStackOf(body: RootContent[], text: string): { node: RootContent; lines: string[] } | null {
  const first = body.find((n) => n.type !== "thematicBreak" && n.type !== "html");
  if (!first || first.type !== "paragraph") return null;
  const lines = sourceOf(first, text)
    .split("\n")
    .map((l) => l.replace(/[*_]/g, "").trim());
  if (lines.length < 2) return null;
  for (const line of lines) {
    const m = line.match(LABELLED);
    if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
  }
  return { node: first, lines };
}
