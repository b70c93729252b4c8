import type { Paragraph } from "mdast";
import { statusFromMark } from "../clean";
import { categoryOf, sectionEffort, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";

// `[ ] Rotate the password` lines written without a list bullet: a reader still ticks them, so they
// are tasks — with a warning, because the Markdown renders them as plain text (issue 18, shape 13).

const BOX = /^\s*\[([ xX~\-/!])\]\s+(\S.*)$/;

export function recogniseBareBoxes(paragraph: Paragraph, ctx: ParseContext): boolean {
  const lines = sourceOf(paragraph, ctx.text).split("\n");
  if (!lines.every((l) => BOX.test(l))) return false;
  const first = lineOf(paragraph);
  const section = sectionStatus(ctx);
  warn(ctx, first, `lines starting with '[ ]' without a list bullet read as a task list (write '- [ ] …' to make it one)`);
  ctx.shapes.add("task-lists");
  lines.forEach((line, i) => {
    const m = line.match(BOX)!;
    // An open box under "Cancelled" or "Blocked" says only "not done": the heading says more (as in lists.ts).
    const marked = statusFromMark(m[1]!);
    const status = marked === "not_started" && (section === "wont_do" || section === "blocked") ? section : marked;
    ctx.items.push({
      origin: "task",
      key: null,
      title: plainText({ type: "text", value: m[2]!.replace(/[*_`]/g, "") }),
      description: "",
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: sectionPriority(ctx),
      status,
      severity: null,
      effortHours: sectionEffort(ctx),
      done: status === "done",
      checklist: [],
      line: first + i,
    });
  });
  return true;
}
