import type { List, ListItem } from "mdast";
import type { ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { findPriorityLabel } from "../priority";
import type { ItemStatus } from "../types";
import { readPickedEntries } from "./picked-entries";

// A triage written as a list of verdicts: "avatarUrl crash → fix this sprint, Chris", "feed timeout →
// not a bug on our side, mark as ignored", "VirtualizedList keys → Nadia, low", "Invalid time value →
// resolved in 4.12.1 ✅"; a review's feedback "Export the schedule as PDF → low", "SMS with the doctor's
// name → added to backlog (high)". Each entry names an issue or a request, then after the arrow what
// was decided about it: a priority, into the backlog or a fix, ignored or won't fix, already resolved.
// A careful reader takes every entry as an item (the ignored ones as won't do, the resolved ones as
// done), the words before the arrow as its title and the verdict as its description, even under a
// lead-in like "Decisions:" or a heading that names no work. Only a list whose every entry (all but
// one of a longer list) has such a verdict is one: "Payment failures 3.2% → 2%" or "old API → new
// API" point from one thing to another and decide nothing.

const ARROW = /\s(?:→|->|=>|⇒|⟶|➔)\s/u;
/** The issue was dismissed: ignored, won't fix, not a bug, by design. */
const DISMISSED =
  /(?<![\p{L}])(?:ignored?|ignoring|won'?t fix|wontfix|not a bug|by design|not fixing|ignorieren|ignoriert|ignorer|ignoré|ignorar|ignorado|ignorare|ignorato|negeren|genegeerd|ignorera|ignoreres|ignoreras)(?![\p{L}])/iu;
/** The issue is already dealt with: a closing word opening the verdict, or a done mark anywhere in it. */
const RESOLVED =
  /^(?:resolved|fixed|done|shipped|closed|already fixed|erledigt|behoben|gelöst|fait|corrigé|résolu|resuelto|arreglado|hecho|risolto|sistemato|opgelost|klaar|löst|fixat|fikset|løst|naprawione|исправлено|виправлено)(?![\p{L}])|[✅✔☑]/iu;
/** The issue goes on as work: into the backlog, a fix, a ticket, a sprint. */
const WORK = /(?<![\p{L}])(?:backlog|fix|fixing|ticket|todo|to do|this sprint|next sprint)(?![\p{L}])/iu;

interface Verdict {
  subject: string;
  tail: string;
  status: ItemStatus | null;
  priorityLabel: string | null;
}

/** One entry's issue and verdict, or null when it has no arrow or the words after it decide nothing. */
function verdictOf(item: ListItem): Verdict | null {
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  const text = plainText(first).split("\n")[0]!.trim();
  if (text.length > 400) return null;
  const arrow = text.match(ARROW);
  if (!arrow || arrow.index === undefined) return null;
  const subject = text.slice(0, arrow.index).trim();
  const tail = text.slice(arrow.index + arrow[0].length).trim();
  if (!subject || !tail || subject.length > 160) return null;
  const status: ItemStatus | null = DISMISSED.test(tail) ? "wont_do" : RESOLVED.test(tail) ? "done" : null;
  const priorityLabel = findPriorityLabel(tail);
  if (!status && !priorityLabel && !WORK.test(tail)) return null;
  return { subject, tail, status, priorityLabel };
}

/**
 * A list of triage verdicts (see above), outside targets and legends: every entry is read as an item
 * with its verdict's state and priority. Returns whether the list was one (and is read).
 */
export function recogniseTriageArrows(list: List, ctx: ParseContext): boolean {
  if (list.children.length < 2 || list.children.some((item) => typeof item.checked === "boolean")) return false;
  const kind = [...ctx.stack].reverse().find((s) => s.kind)?.kind ?? null;
  if (kind === "metrics" || kind === "legend" || kind === "ranking") return false;
  const verdicts = list.children.map(verdictOf);
  const missing = verdicts.filter((v) => v === null).length;
  if (missing > (list.children.length >= 4 ? 1 : 0)) return false;
  ctx.shapes.add("triage-arrows");
  // The entries with a verdict, each cut to the issue it names, read as a plain list under a section of work.
  const entries: ListItem[] = [];
  for (const [i, item] of list.children.entries()) {
    const v = verdicts[i];
    if (!v) continue;
    entries.push({ ...item, children: [{ type: "paragraph", children: [{ type: "text", value: v.subject }], position: item.children[0]!.position }, ...item.children.slice(1)] });
  }
  const items = readPickedEntries(entries, list, ctx);
  const byLine = new Map(list.children.map((item, i) => [lineOf(item), verdicts[i]] as const));
  for (const found of items) {
    const v = byLine.get(found.line);
    if (!v) continue;
    found.description = [v.tail, found.description].filter(Boolean).join("\n\n");
    if (v.priorityLabel) found.priorityLabel = v.priorityLabel;
    if (v.status) {
      found.status = v.status;
      found.done = v.status === "done";
    }
  }
  return true;
}
