import type { Paragraph } from "mdast";
import { type ParseContext, addItem } from "../context";
import { lineOf, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";
import type { ItemStatus } from "../types";

// An issue tracker's list page copied as text (GitHub, GitLab, Gitea/Forgejo issue and pull-request
// tabs): each issue is its title line, with its labels run on after two or more spaces, and under it
// a meta line that opens with the number — "#612 opened 2 days ago by kim", "#590 by ghost was
// closed on Oct 14", "#45 · created 3 weeks ago by Ana Ruiz", "!17 merged yesterday by dev". Markdown
// runs the two lines into one paragraph. A careful reader takes the title line as the item; the
// labels are labels (a priority label ranks it; a "question" asks nothing to be done); a closed or
// merged issue is done. The meta line and page chrome ("8 Open ✓ 41 Closed") are not items.

/** A meta line: "#NNN" (or GitLab's "!NNN") then opened/created/closed/merged…, or "by someone". */
const META = /^[#!]\d+\s+(?:·\s+)?(?:opened|created|updated|closed|merged|was\s+(?:opened|closed|merged)|by\s)/i;
const META_LINES = /^[#!]\d+\s+(?:·\s+)?(?:opened|created|updated|closed|merged|was\s+(?:opened|closed|merged)|by\s)/gim;
const CLOSED = /\b(?:was closed|closed|merged)\b/i;
/** Labels that say an issue asks nothing to be done ("question", "discussion", "duplicate", "invalid"). */
const NOT_WORK_LABEL = /^(?:question|discussion|duplicate|invalid|support|frage|pregunta|question ?❓)$/i;
const WONT_LABEL = /^(?:wontfix|won'?t fix|won'?t do|not planned)$/i;

const documentHasList = new WeakMap<ParseContext, boolean>();
/** At least two meta lines in the document: one alone could be a sentence starting with "#12 opened". */
function isIssueListCopy(ctx: ParseContext): boolean {
  let known = documentHasList.get(ctx);
  if (known === undefined) {
    known = (ctx.text.match(META_LINES) ?? []).length >= 2;
    documentHasList.set(ctx, known);
  }
  return known;
}

/** A title line split into its title and the labels run on after it (two or more spaces or a tab apart). */
export function titleAndLabels(line: string): { title: string; labels: string[] } {
  const parts = line
    .replace(/`/g, "")
    .split(/\t+| {2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { title: parts[0] ?? "", labels: parts.slice(1) };
}

export function recogniseIssueListCopy(paragraph: Paragraph, ctx: ParseContext): boolean {
  const lines = sourceOf(paragraph, ctx.text).split("\n").map((l) => l.trim());
  const metaAt = lines.findIndex((l, i) => i > 0 && META.test(l));
  if (metaAt !== 1 || !isIssueListCopy(ctx)) return false;
  const { title, labels } = titleAndLabels(lines[0]!);
  if (!title || labels.some((l) => NOT_WORK_LABEL.test(l))) return true;
  ctx.shapes.add("issue-list-copy");
  const meta = lines[1]!;
  const status: ItemStatus = CLOSED.test(meta) ? "done" : labels.some((l) => WONT_LABEL.test(l)) ? "wont_do" : "not_started";
  // A label that is only a priority ("P1", "priority: high", "critical") ranks the issue.
  const priorityLabel = labels.map((l) => (l.split(/\s+/).length <= 3 ? findPriorityLabel(l) : null)).find((p) => p) ?? null;
  addItem(ctx, {
    origin: "list",
    key: meta.match(/^[#!](\d+)/)![1]!,
    title,
    description: [labels.length ? `Labels: ${labels.join(", ")}` : "", meta, ...lines.slice(2)].filter(Boolean).join("\n"),
    priorityLabel,
    status,
    line: lineOf(paragraph),
  });
  return true;
}
