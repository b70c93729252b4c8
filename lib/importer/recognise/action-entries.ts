import type { List } from "mdast";
import { nearestKind, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import { LABEL_WORD } from "./action-labels";
import { readEntry } from "./entry";

// Running notes (1:1s, stand-ups, minutes) keep discussion and actions in one bullet list and mark
// the actions with a bold label at the head of the entry: "- **Action (Lea):** book the room",
// "- **AI (Sam):** send the draft ✅" (AI / AP: the common short forms of "action item" / "action
// point", taken only with the owner in parentheses, where they cannot be a topic named "AI").
// A careful reader takes the labelled entries as the items — the words after the label the title,
// a state mark (✅) the state — and the other bullets as the talk around them.

const LABELLED = new RegExp(`^\\*\\*(?:${LABEL_WORD}\\s*(?:\\([^()*\\n]{1,40}\\))?|(?:AI|AP)\\s*\\([^()*\\n]{1,40}\\))\\s*[:：]\\s*\\*\\*[ \\t]*(\\S[^\\n]*)`, "iu");

/** The words after an entry's action label, or null when the entry has no such label. */
export function actionEntryWords(line: string): string | null {
  return line.match(LABELLED)?.[1]?.trim() ?? null;
}

/** A list with labelled action entries: those entries are the items, the rest is discussion. */
export function recogniseActionEntries(list: List, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics") return false;
  const found: { words: string; line: number }[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== "paragraph") continue;
    const words = actionEntryWords(sourceOf(first, ctx.text).split("\n")[0]!);
    if (words) found.push({ words, line: lineOf(item) });
    // A box on another entry says the list is a checklist: its boxes are work too, left to the list readers.
    else if (typeof item.checked === "boolean") return false;
  }
  if (!found.length) return false;
  for (const { words, line } of found) {
    const para = parseMarkdown(words).children[0];
    const entry = para?.type === "paragraph" ? readEntry(para, { people: ctx.people, legend: ctx.legend }) : null;
    if (!entry?.title) continue;
    addItem(ctx, { origin: "list", title: entry.title, status: entry.status ?? sectionStatus(ctx) ?? "not_started", priorityLabel: entry.priorityLabel, description: entry.description, line });
  }
  ctx.shapes.add("action-entries");
  return true;
}
