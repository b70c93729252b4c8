import type { Code, Paragraph } from "mdast";
import { categoryOf, nearestKind, sectionPriority, type ParseContext } from "../context";
import { lineOf } from "../markdown";

// A todo.txt file (todotxt.org) pasted raw or in a fence: one task a line, "x" and the completion date
// opening a done one, "(A)" its priority, then the creation date, the words, and "+project", "@context"
// and "key:value" tags anywhere. A reader takes each line as a task: the words without the dates and tags
// are its title, "x" means done, and the letters rank highest first — (A), (B), (C), (D) and below read as
// Priority 1, 2, 3, 4 (P0–P3 by the product's defaults); a line without a letter has no priority.

const DATE = "\\d{4}-\\d{2}-\\d{2}";
/** "x 2026-12-01 2026-11-18 ", "(A) 2026-11-28 ", "x 2026-11-24 (B) 2026-11-19 ": everything before the words. */
const HEAD = new RegExp(`^(x[ \\t]+)?(?:(${DATE})[ \\t]+)?(?:\\(([A-Z])\\)[ \\t]+)?(?:(${DATE})[ \\t]+)?(?=\\S)`);
/** "+homelab", "@home", "due:2026-12-08", "pri:A": a tag word (a word with a colon and no space after it, not a URL). */
const PROJECT_OR_CONTEXT = /^[+@][\p{L}\p{N}][\p{L}\p{N}_.\-/]*$/u;
const KEY_VALUE = /^([\p{L}][\p{L}\p{N}_-]*):([^\s/:][^\s]*)$/u;
const MIN_LINES = 2;
const MAX_LINE = 500;

export interface TodoTxtLine {
  done: boolean;
  /** 1 for (A), 2 for (B) …; null without a letter. */
  rank: number | null;
  title: string;
  tags: string[];
  /** How strongly the line looks like todo.txt: a leading "x date", a leading "(A)" or a leading date. */
  marked: boolean;
  /** A completion or creation date before the words. */
  dated: boolean;
}

/** One line read as todo.txt, or null for a line that is no task (blank, a Markdown bullet, a heading). */
export function readTodoTxtLine(line: string): TodoTxtLine | null {
  const t = line.trim();
  if (!t || t.length > MAX_LINE || /^(?:[-*+#>|]|\d+[.)]\s|\[.\])/.test(t)) return null;
  const head = t.match(HEAD)!;
  const done = !!head[1] && (!!head[2] || /^x[ \t]+\S/.test(t));
  const rest = t.slice(head[0].length);
  const words: string[] = [];
  const tags: string[] = [];
  let letter = head[3] ?? null;
  for (const word of rest.split(/\s+/)) {
    const kv = word.match(KEY_VALUE);
    if (PROJECT_OR_CONTEXT.test(word)) tags.push(word);
    else if (kv && !/^https?$/i.test(kv[1]!)) {
      tags.push(word);
      if (kv[1]!.toLowerCase() === "pri" && /^[A-Z]$/.test(kv[2]!)) letter ??= kv[2]!;
    } else words.push(word);
  }
  const title = words.join(" ").trim();
  if (!/\p{L}/u.test(title)) return null;
  const rank = letter ? letter.charCodeAt(0) - 64 : null;
  const marked = !!head[1] || !!head[2] || !!head[3] || !!head[4];
  return { done, rank, title, tags, marked, dated: !!head[2] || !!head[4] };
}

/** The lines of a block when it is todo.txt: every line a task, two or more, most marked, some tagged or ranked. */
export function todoTxtLines(source: string): (TodoTxtLine | null)[] | null {
  const lines = source.split("\n");
  const read = lines.map((l) => (l.trim() ? readTodoTxtLine(l) : null));
  const filled = lines.filter((l) => l.trim()).length;
  const tasks = read.filter((r): r is TodoTxtLine => r !== null);
  if (tasks.length < MIN_LINES || tasks.length !== filled) return null;
  // "(A) …" or "x 2026-…" opening most lines, and tags, "x" or a letter with a date on most of them: a log's
  // dated lines ("2026-11-30 Went live") carry none, nor do lettered options ("(A) Use Postgres").
  const marked = tasks.filter((t) => t.marked).length;
  const signed = tasks.filter((t) => t.tags.length > 0 || t.done || (t.rank !== null && t.dated)).length;
  return marked * 2 >= tasks.length && signed * 2 >= tasks.length ? read : null;
}

/** Languages of a fence that may hold a todo.txt file. */
const LANGS = /^(?:|text|txt|plain|plaintext|todo|todotxt|todo\.txt)$/i;

export function recogniseTodoTxt(node: Paragraph | Code, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "metrics" || kind === "legend") return false;
  if (node.type === "code" && !LANGS.test(node.lang ?? "")) return false;
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return false;
  const source = node.type === "code" ? node.value : ctx.text.slice(start.offset, end.offset);
  const lines = todoTxtLines(source);
  if (!lines) return false;
  // A fenced block's first line is the one after its fence.
  const first = node.type === "code" && end.line - start.line + 1 > source.split("\n").length ? start.line + 1 : lineOf(node);
  ctx.shapes.add("todo-txt");
  lines.forEach((line, i) => {
    if (!line) return;
    const status = line.done ? "done" : "not_started";
    ctx.items.push({
      origin: "list",
      key: null,
      title: line.title,
      description: line.tags.length ? `Tags: ${line.tags.join(" ")}` : "",
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: line.rank !== null ? `Priority ${Math.min(line.rank, 5)}` : sectionPriority(ctx),
      status,
      severity: null,
      effortHours: null,
      done: line.done,
      checklist: [],
      line: first + i,
    });
  });
  return true;
}
