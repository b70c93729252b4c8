import type { Paragraph, RootContent } from "mdast";
import { categoryOf, nearestOrTitleKind, sectionPriority, sectionStatus, type ParseContext } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import type { ParsedChecklistEntry } from "../types";
import { readEntry } from "./entry";

// "1.1 Inventory every repo's scripts — **done**" / "1.2 Agree on a Node version" written as plain
// lines (no list syntax) under a phase heading: each decimal-numbered line is an item, the heading
// its category. A line numbered one level deeper than the one before it ("2.1.1" under "2.1") is a
// part of that item — its checklist — not an item of its own.

const KEYED_LINE = /^\s*(\d+(?:\.\d+)+)\s+\S/;

/** The paragraph's lines, when every one (two at least) opens with a decimal key and says something. */
function keyedLines(node: RootContent, text: string): string[] | null {
  if (node.type !== "paragraph") return null;
  const lines = sourceOf(node, text).split("\n").filter((l) => l.trim());
  if (lines.length < 2 || !lines.every((l) => KEYED_LINE.test(l))) return null;
  // A table of contents ("1.1 Scope", "1.2 Goals") names sections; work lines say what to do.
  const words = lines.reduce((n, l) => n + l.trim().split(/\s+/).length - 1, 0);
  return words / lines.length >= 3 ? lines : null;
}

export const isNumberedLines = (node: RootContent, text: string) => keyedLines(node, text) !== null;

export function recogniseNumberedLines(node: Paragraph, ctx: ParseContext): boolean {
  const lines = keyedLines(node, ctx.text);
  if (!lines || nearestOrTitleKind(ctx) === "notes") return false;
  ctx.shapes.add("numbered-lines");
  const first = lineOf(node);
  let parent: { key: string; checklist: ParsedChecklistEntry[] } | null = null;
  lines.forEach((line, i) => {
    const key = line.match(KEYED_LINE)![1]!;
    const para = parseMarkdown(line.trim()).children[0];
    if (para?.type !== "paragraph") return;
    const entry = readEntry(para, { people: ctx.people, legend: ctx.legend });
    if (parent && key.startsWith(`${parent.key}.`)) {
      parent.checklist.push({ kind: "action", text: entry.title, done: entry.status === "done" });
      return;
    }
    const status = entry.status ?? sectionStatus(ctx) ?? "not_started";
    const checklist: ParsedChecklistEntry[] = [];
    parent = { key, checklist };
    ctx.items.push({
      origin: "list",
      // The decimal number identifies the item, as it does on a task-list line ("- [ ] 1.1 …").
      key: entry.key,
      title: entry.title,
      description: entry.description,
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: entry.priorityLabel ?? sectionPriority(ctx),
      status,
      severity: null,
      effortHours: null,
      done: status === "done",
      checklist,
      line: first + i,
    });
  });
  return true;
}
