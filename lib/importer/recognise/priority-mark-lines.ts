import type { Paragraph } from "mdast";
import { addItem, nearestKind, sectionStatus, type ParseContext } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import { markPriority } from "../priority";
import { readEntry } from "./entry";

// "🔥 fix the hydration mismatch" / "⬆️ lazy-load the video player" written as plain lines, one task
// a line, each led by a mark the document's own key ranks ("legend: 🔥 urgent · ⬆️ high · ⬇️ low"):
// what a chat message or a quick note gives. Markdown runs the lines into one paragraph; a reader
// sees a ranked list. Only marks the key names count: "🔥" alone on a line of prose is emphasis.

const MIN_LINES = 2;
/** A row is a line of a few hundred characters at most; a longer line is prose. */
const MAX_LINE = 500;

/** The key of the mark a line opens with, when the document's key ranks it, else null. */
export function rankedMarkOf(line: string, marks: ReadonlyMap<string, string | null>): string | null {
  if (line.length > MAX_LINE) return null;
  const bare = line.trimStart().replace(/\uFE0F/g, "");
  let best: string | null = null;
  // The longest mark first: "🔥🔥" is not "🔥" followed by a title opening with "🔥".
  for (const [key, meaning] of marks) if (meaning && bare.startsWith(key) && /^\s+\S/u.test(bare.slice(key.length)) && (!best || key.length > best.length)) best = key;
  return best;
}

/** "also adding: ⬆️ set a bundle budget": a short lead-in and a colon, then one ranked entry. */
const LEAD_IN = /^[^:：\n]{1,40}[:：]\s*/u;

/** The ranked entry a one-line message adds after its lead-in, or null (a key line ranks several marks). */
export function leadInEntry(line: string, marks: ReadonlyMap<string, string | null>): { lead: number; key: string } | null {
  const lead = line.match(LEAD_IN)?.[0];
  if (!lead) return null;
  const key = rankedMarkOf(line.slice(lead.length), marks);
  if (!key) return null;
  // "legend: 🔥 urgent · 🟢 later" names more than one mark of the key (ranked or not): the key itself, not an entry.
  const rest = line.slice(lead.length).replace(/\uFE0F/g, "").trimStart().slice(key.length);
  for (const other of marks.keys()) if (rest.includes(other)) return null;
  return { lead: lead.length, key };
}

export function recognisePriorityMarkLines(paragraph: Paragraph, ctx: ParseContext): boolean {
  const marks = ctx.priorityMarks;
  if (!marks?.size) return false;
  const all = sourceOf(paragraph, ctx.text).split("\n");
  const added = all.length === 1 ? leadInEntry(all[0]!, marks) : null;
  const lines = added ? [all[0]!.slice(added.lead)] : all;
  if (!added && lines.length < MIN_LINES) return false;
  const keys = lines.map((l) => rankedMarkOf(l, marks));
  if (keys.some((k) => k === null)) return false;
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "metrics" || kind === "legend") return false;
  ctx.shapes.add("task-lists");
  const first = lineOf(paragraph);
  lines.forEach((line, i) => {
    const words = line.trimStart().replace(/\uFE0F/g, "").slice(keys[i]!.length).trim();
    const parsed = parseMarkdown(words).children[0];
    if (parsed?.type !== "paragraph") return;
    const entry = readEntry(parsed, { people: ctx.people, legend: ctx.legend, priorityMarks: marks });
    // No drops: a line whose words the entry reader cannot title keeps its words.
    const title = entry.title || words;
    addItem(ctx, {
      origin: "list",
      key: entry.key,
      title,
      description: entry.description,
      priorityLabel: markPriority(keys[i]!, marks),
      status: entry.status ?? sectionStatus(ctx) ?? "not_started",
      effortHours: entry.effortHours ?? null,
      line: first + i,
    });
  });
  return true;
}
