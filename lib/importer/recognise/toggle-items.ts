import type { Html, RootContent } from "mdast";
import { nearestKind, sectionPriority, type ParseContext, addItem } from "../context";
import { lineOf, sourceOf } from "../markdown";
import { leadingStateMark } from "./state-marks";

// A toggle that is one card: Notion, Confluence and GitHub write a collapsible block whose summary
// is the work and whose body is its notes —
//   <details><summary>🔴 <b>Onboarding tasks for new users</b></summary>
//   Day 1: avatar, day 3: first post …
//   </details>
// among list entries of the same section marked the same way ("- 🟡 **Push frequency test**").
// A careful reader takes the summary as an item when it opens with a state mark (or a box) and the
// block holds only prose: a block holding lists is a group of items (recognise/details-groups.ts).
// Only under a section of work, or one whose entries the document marks with its legend.

const SUMMARY = /<summary[^>]*>([\s\S]*?)<\/summary>/i;
const OPEN = /<details\b/i;
const CLOSE = /<\/details>/i;
const BOX = /^\[([ xX])\]\s+/;
/** How far a toggle's body may reach (nodes), so a stray "<details>" never scans the document. */
const MAX_BODY = 40;

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Reads the toggle at nodes[i] as one item; returns the index of its last node, or -1 when it is not one. */
export function recogniseToggleItem(nodes: RootContent[], i: number, ctx: ParseContext): number {
  const node = nodes[i] as Html;
  if (!OPEN.test(node.value)) return -1;
  const summary = node.value.match(SUMMARY)?.[1];
  if (summary === undefined) return -1;
  const text = decode(summary.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
  const box = text.match(BOX);
  const mark = box ? null : leadingStateMark(text, ctx.legend);
  if (!box && !mark) return -1;
  if (nearestKind(ctx) !== "tasks" && !(mark && ctx.legend?.size)) return -1;
  // The body: prose up to the closing tag (which may close the opening block itself).
  let end = CLOSE.test(node.value) ? i : -1;
  const body: RootContent[] = [];
  for (let j = i + 1; end < 0 && j < nodes.length && j <= i + MAX_BODY; j++) {
    const n = nodes[j]!;
    if (n.type === "html" && CLOSE.test(n.value)) end = j;
    else if (n.type === "paragraph" || n.type === "code" || n.type === "blockquote") body.push(n);
    else return -1;
  }
  if (end < 0) return -1;
  const title = (box ? text.slice(box[0].length) : mark!.rest).trim();
  if (!title) return -1;
  const status = box ? (box[1] === " " ? "not_started" : "done") : mark!.status;
  ctx.shapes.add("toggle-items");
  addItem(ctx, {
    origin: "list",
    title,
    description: body.map((n) => sourceOf(n, ctx.text)).join("\n\n").trim(),
    priorityLabel: sectionPriority(ctx),
    status,
    line: lineOf(node),
  });
  return end;
}
