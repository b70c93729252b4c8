import type { Paragraph, RootContent } from "mdast";
import { categoryOf, nearestOrTitleKind, sectionEffort, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import type { ParsedChecklistEntry } from "../types";
import { readEntry } from "./entry";
import { isHugeBlock } from "./block-size";

// "1.1 Inventory the build scripts — **done**" / "1.2 Agree on a Node version" written as plain
// lines, one per line, without list markup: Markdown runs them into one paragraph, but a reader
// sees a numbered task list (outline numbering) — under a phase heading, that heading is their
// category. The shallowest numbers are the items; deeper ones ("2.1.1 first wave") under an item
// are its checklist.

const OUTLINE_LINE = /^\s*(\d+(?:\.\d+)+)\.?\s+\S/;

/** The paragraph's lines, when every one (two at least) opens with an outline number and says something. */
function outlineLines(node: RootContent, text: string): string[] | null {
  if (node.type !== "paragraph" || isHugeBlock(node)) return null;
  const lines = sourceOf(node, text).split("\n").filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => OUTLINE_LINE.test(l)) ? lines : null;
}

/** Whether a node is such a run of outline-numbered lines (a heading over one is a group, not a leaf item). */
export const isOutlineLines = (node: RootContent, text: string): boolean => outlineLines(node, text) !== null;

export function recogniseOutlineLines(paragraph: Paragraph, ctx: ParseContext): boolean {
  const lines = outlineLines(paragraph, ctx.text);
  if (!lines) return false;
  // A table of contents is numbered the same way ("1.1 Scope", "1.2 Goals"): it names sections, where
  // work lines say what to do. Under a work heading (or a plan's title) any run is work; elsewhere,
  // outside notes, only one whose lines read like sentences (three words or more on average).
  const kind = nearestOrTitleKind(ctx);
  const words = lines.reduce((n, l) => n + l.trim().split(/\s+/).length - 1, 0) / lines.length;
  if (kind === "notes" || (kind !== "tasks" && words < 3)) return false;
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
      // The outline number identifies the item, as it does on a task-list line ("- [ ] 1.1 …").
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
