import type { Paragraph } from "mdast";
import type { Heading } from "mdast";
import { categoryOf, sectionEffort, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { sectionFromHeading } from "../sections";
import { BOX_LINE, boxStatus, isBoxLabel } from "./box-lines";

// `[ ] Rotate the password` lines written without a list bullet: a reader still ticks them, so they
// are tasks — with a warning, because the Markdown renders them as plain text (issue 18, shape 13).

const BOX = BOX_LINE;

export function recogniseBareBoxes(paragraph: Paragraph, ctx: ParseContext): boolean {
  const all = sourceOf(paragraph, ctx.text).split("\n");
  // "Kitchen:" right above the boxes labels them (recognise/box-lines.ts).
  const labelled = all.length > 2 && isBoxLabel(all[0]!) && all.slice(1).every((l) => BOX.test(l));
  const lines = labelled ? all.slice(1) : all;
  if (!lines.every((l) => BOX.test(l))) return false;
  const first = lineOf(paragraph) + (labelled ? 1 : 0);
  const heading: Heading | null = labelled ? { type: "heading", depth: 6, children: [{ type: "text", value: all[0]!.trim().replace(/[:：]$/u, "") }] } : null;
  if (heading) ctx.stack.push({ ...sectionFromHeading(heading), depth: 7, line: first - 1 });
  const section = sectionStatus(ctx);
  warn(ctx, first, `lines starting with '[ ]' without a list bullet read as a task list (write '- [ ] …' to make it one)`);
  ctx.shapes.add("task-lists");
  lines.forEach((line, i) => {
    const m = line.match(BOX)!;
    // An open box under "Cancelled" or "Blocked" says only "not done": the heading says more (as in lists.ts).
    const marked = boxStatus(m[1]!);
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
  if (heading) ctx.stack.pop();
  return true;
}
