import type { Paragraph, RootContent } from "mdast";
import { categoryOf, nearestOrTitleKind, sectionEffort, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import type { ParsedChecklistEntry } from "../types";
import { readEntry } from "./entry";

// "1.1 Inventory the build scripts — **done**" / "1.2 Agree on a Node version" written as plain
// lines, one per line, without list markup: Markdown runs them into one paragraph, but a reader
// sees a numbered task list (outline numbering). The shallowest numbers are the items; deeper ones
// ("2.1.1 first wave") under an item are its checklist.

const OUTLINE_LINE = /^\s*(\d+(?:\.\d+)+)\.?\s+(\S.*)$/;

const linesOf = (node: RootContent, text: string): string[] | null => {
  if (node.type !== "paragraph") return null;
  const lines = sourceOf(node, text).split("\n");
  return lines.length >= 2 && lines.every((l) => OUTLINE_LINE.test(l)) ? lines : null;
};

/** Whether a node is such a run of outline-numbered lines. */
export const isBareNumbered = (node: RootContent, text: string): boolean => linesOf(node, text) !== null;

export function recogniseBareNumbered(paragraph: Paragraph, ctx: ParseContext): boolean {
  const lines = linesOf(paragraph, ctx.text);
  if (!lines) return false;
  // A table of contents is numbered the same way: only under a work heading (or a plan's title) are they tasks.
  if (nearestOrTitleKind(ctx) !== "tasks") return false;
  const first = lineOf(paragraph);
  const depthOf = (l: string) => l.match(OUTLINE_LINE)![1]!.split(".").length;
  const top = Math.min(...lines.map(depthOf));
  warn(ctx, first, `lines numbered '${lines[0]!.match(OUTLINE_LINE)![1]}' without list markup read as a numbered task list`);
  ctx.shapes.add("numbered-lines");
  let current: { checklist: ParsedChecklistEntry[] } | null = null;
  lines.forEach((line, i) => {
    const parsed = parseMarkdown(line.trim()).children[0];
    if (parsed?.type !== "paragraph") return;
    const entry = readEntry(parsed, { people: ctx.people, legend: ctx.legend });
    if (depthOf(line) > top) {
      current?.checklist.push({ kind: "action", text: `${entry.key ? `${entry.key} ` : ""}${entry.title}`, done: entry.status === "done" });
      return;
    }
    const status = entry.status ?? sectionStatus(ctx) ?? "not_started";
    const item = {
      origin: "list" as const,
      key: entry.key,
      title: entry.title,
      description: entry.description,
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: entry.priorityLabel ?? sectionPriority(ctx),
      status,
      severity: null,
      effortHours: sectionEffort(ctx),
      done: status === "done",
      checklist: [] as ParsedChecklistEntry[],
      line: first + i,
    };
    ctx.items.push(item);
    current = item;
  });
  return true;
}
