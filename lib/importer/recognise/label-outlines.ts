import type { List } from "mdast";
import { cleanHeading } from "../clean";
import { nearestKind, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { kindOf } from "../sections";
import { recognisePlainList } from "./lists";
import { looksLikeWork } from "./low-confidence";

// A work list written as one outline with no headings: "- Infrastructure:" over "  - Upgrade the
// cluster" over "    - staging first". The top entries are labels (short, closing on a colon) that
// name areas, as headings would; the entries under them are the tasks, and what is nested under a
// task is its steps (its checklist). A label that names notes ("Notes:", "Risks:") holds none. Read
// in the low-confidence reading only — the document gave no other sign of work — and only where the
// entries under a label look like work (recognise/low-confidence.ts): "Pros:" over sentences is prose.

const MAX_LABEL_WORDS = 5;
const MAX_LABEL_CHARS = 60;
const LABEL = /[:：]$/u;

interface Group {
  label: string;
  list: List;
  line: number;
}

/** The outline's groups, or null when the list is not labels each holding one nested list. */
function groupsOf(list: List): Group[] | null {
  const groups: Group[] = [];
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    const label = first?.type === "paragraph" ? plainText(first).trim() : "";
    if (!LABEL.test(label) || label.length > MAX_LABEL_CHARS || label.split(/\s+/).length > MAX_LABEL_WORDS) return null;
    if (item.checked === true || item.checked === false || rest.length !== 1 || rest[0]!.type !== "list") return null;
    groups.push({ label: label.slice(0, -1).trim(), list: rest[0] as List, line: lineOf(item) });
  }
  return groups.length >= 2 ? groups : null;
}

/** Reads a labelled outline's tasks; false when the list is no such outline or the reading is not the low-confidence one. */
export function recogniseLabelOutline(list: List, ctx: ParseContext): boolean {
  if (!ctx.lowConfidence || nearestKind(ctx) !== "tasks") return false;
  const groups = groupsOf(list);
  if (!groups || !groups.some((g) => looksLikeWork(g.list))) return false;
  for (const { label, list: nested, line } of groups) {
    const kind = kindOf(label, null, null);
    if (kind === "notes" || kind === "legend" || kind === "metrics" || !looksLikeWork(nested)) continue;
    ctx.stack.push({ depth: 99, segments: [cleanHeading(label)].filter(Boolean), priorityLabel: null, status: null, kind: "tasks", raw: label, line });
    recognisePlainList(nested, ctx);
    ctx.stack.pop();
  }
  return true;
}
