import type { Heading, Html, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { sectionFromHeading } from "../sections";
import { applyLevelScale } from "./level-headings";
import { isTaskList } from "./lists";
import { summaryText } from "./details-summary";

// `<details><summary>Workstream 3 — Rollout</summary> … </details>`: a collapsible block is a
// heading written in HTML; its summary names the group of the lists inside. When the document's
// collapsible blocks hold task lists, they are units of work (workstreams, phases), so a plain or
// numbered list inside any of them is that block's tasks too — siblings alike are the same kind.

/** Below any real heading and any bold list label: a details block closes only at `</details>`. */
const DETAILS_DEPTH = 8;
const OPEN = /<details\b/i;
const CLOSE = /<\/details>/i;

/** Whether any collapsible block of the document holds a task list. */
export function detailsHoldTasks(nodes: RootContent[]): boolean {
  let open = 0;
  for (const node of nodes) {
    if (node.type === "html") {
      if (OPEN.test(node.value)) open++;
      if (CLOSE.test(node.value)) open = Math.max(0, open - 1);
    } else if (open > 0 && node.type === "list" && isTaskList(node)) return true;
  }
  return false;
}

/** Opens a section at `<details><summary>…`, closes it at `</details>`. True when the node was one of these. */
export function readDetails(node: Html, holdTasks: boolean, ctx: ParseContext, level?: string): boolean {
  if (CLOSE.test(node.value) && !OPEN.test(node.value)) {
    if (ctx.stack.at(-1)?.depth === DETAILS_DEPTH) ctx.stack.pop();
    return true;
  }
  const summary = OPEN.test(node.value) ? summaryText(node.value) : null;
  if (!summary) return false;
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: summary }], position: node.position };
  const section = { ...sectionFromHeading(heading), depth: DETAILS_DEPTH };
  // "<summary>Критичне</summary>" beside "<summary>Someday</summary>": a step of a priority scale (recognise/level-headings.ts).
  applyLevelScale(section, level);
  if (section.kind === null && holdTasks) section.kind = "tasks";
  ctx.stack.push(section);
  return true;
}
