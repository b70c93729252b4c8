import type { Heading, RootContent } from "mdast";
import { headingStatus } from "../clean";
import { sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, parseMarkdown, plainText, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";
import type { ParsedChecklistEntry } from "../types";
import { readEntry } from "./entry";
import { listEntries } from "./records";

// "### Card: New pricing page" / "### Story: …" / "### Ticket: …": a heading that names itself a unit
// of work is an item, whatever is under it. Everything up to the next heading of its level is the
// card's: "Labels:" / "Due:" lines and quotes are its description (a priority label among its labels
// is its priority), and a list under it — "Checklist (2/5):" — is its checklist, not more items.

const CARD = /^\W*(?:card|story|user story|ticket|task|bug|issue|karte|tarjeta|carte|kaart)\s*:\s*(\S.*)$/i;
const LABELS_LINE = /^\s*(?:labels?|tags?|etiquetas?|étiquettes?)\s*:\s*(.+)$/i;

export const isCardHeading = (heading: Heading) => CARD.test(plainText(heading));

export function recogniseCardHeading(heading: Heading, body: RootContent[], ctx: ParseContext): boolean {
  const raw = plainText(heading);
  const named = raw.match(CARD);
  if (!named) return false;
  const para = parseMarkdown(named[1]!).children[0];
  const entry = para?.type === "paragraph" ? readEntry(para, { people: ctx.people, legend: ctx.legend }) : null;
  if (!entry?.title) return false;
  const description: string[] = [];
  const checklist: ParsedChecklistEntry[] = [];
  let labelPriority: string | null = null;
  for (const node of body) {
    if (node.type === "list") {
      checklist.push(...listEntries(node, "action", ctx.text, description));
      continue;
    }
    if (node.type === "heading" || node.type === "thematicBreak") continue;
    const source = sourceOf(node, ctx.text);
    for (const line of source.split("\n")) {
      const labels = line.match(LABELS_LINE);
      if (labels) labelPriority ??= findPriorityLabel(labels[1]!.replace(/`/g, ""));
    }
    description.push(source);
  }
  const status = entry.status ?? headingStatus(raw) ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("card-headings");
  addItem(ctx, {
    origin: "record",
    key: entry.key,
    title: entry.title,
    description: [entry.description, ...description].filter(Boolean).join("\n\n").trim(),
    priorityLabel: entry.priorityLabel ?? labelPriority ?? sectionPriority(ctx),
    status,
    checklist,
    line: lineOf(heading),
  });
  return true;
}
