import type { Paragraph } from "mdast";
import type { ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { stateOnly } from "../status-words";

/**
 * Whether the nearest heading that gives a status is nothing but that status ("### 🏗 In progress",
 * "**Canceled**", "## 対応中"): a board column or status group, whose entries are each in that
 * state. A heading that names a thing and adds a state ("Phase 2 — Observability 🚧 In progress")
 * says the thing is under way, and its tasks keep their own boxes.
 */
export function inStateColumn(ctx: ParseContext): boolean {
  const section = [...ctx.stack].reverse().find((s) => s.status);
  return !!section && stateOnly(section.raw) === section.status;
}

/** Below every heading level, so the next heading of any level ends a status group. */
const STATE_LINE_DEPTH = 7;

/**
 * "**In Progress**" or "**Canceled:**" alone on its line, above a list: a status group written as a
 * bold line instead of a heading (tracker copy-pastes group issues this way). It opens a section of
 * that state; the next such line or any heading closes it.
 */
export function recogniseStateLine(node: Paragraph, ctx: ParseContext): boolean {
  const [first, ...rest] = node.children;
  if (first?.type !== "strong" || !rest.every((c) => c.type === "text" && /^[\s:：]*(?:\(\d+\))?\s*$/u.test(c.value))) return false;
  const text = plainText(node);
  const status = stateOnly(text);
  if (!status) return false;
  while (ctx.stack.at(-1)?.depth === STATE_LINE_DEPTH) ctx.stack.pop();
  ctx.stack.push({ depth: STATE_LINE_DEPTH, segments: [], priorityLabel: null, status, kind: "tasks", raw: text, line: lineOf(node) });
  return true;
}
