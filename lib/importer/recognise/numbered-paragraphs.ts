import type { Paragraph, RootContent } from "mdast";
import { nearestKind, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";
import { statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";
import { readDashParts } from "./dash-parts";

// Audit reports and plans typed in a word processor write each entry as its own paragraph that
// opens with a bold, numbered or keyed title, then its fields after dashes or middle dots:
//   **A-3 · Promo banner contrast 3.1:1** — 1.4.3 Contrast — *Serious*
//   **ข้อ 4. รับสมัครบาริสต้า 4 คน** — ความสำคัญ: สูง · ยังไม่เริ่ม     ("Clause 4. …")
//   **Punkt 2: Server umziehen** — Priorität: hoch
// A careful reader sees a list written without list markup: the bold part is the title (its number or
// key is not), each part after it says one thing (a priority, a state, a reference), and lines under
// it are the description. Only a run of two or more such paragraphs, most of which state a priority
// or a state, is read so: bold numbered points of an essay ("**1. Start small.** Most teams…") state neither.

/** "A-3 · ", "F12: ", "SEC-4 — ", "#7 ": a key, then a separator. */
const KEYED = /^(#?\p{Lu}{1,5}-?\d{1,4}(?:\.\d+)?)\s*(?:[·•:|—–-]|\.(?=\s))\s*(\S.*)$/u;
/** "1. ", "3) ", "ข้อ 4. ", "Item 2: ", "Punkt 2 — ": an optional word for "item", a number, then a separator. */
const NUMBERED = /^(?:[\p{L}\p{M}]{1,10}\s*)?(\d{1,3})\s*[.):·—–]\s*(\S.*)$/u;
/** Parts of the tail: spaced dashes, middle dots or bullets. */
const PART = /\s+[—–·•|]\s+/;
/** A parenthesis closing the line: often the entry's state ("(in progress)", "(stuck waiting for the council)"). */
const CLOSING_PAREN = /[(（]([^()（）]{1,60})[)）]\s*$/u;

export interface NumberedParagraph {
  key: string | null;
  title: string;
  description: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
}

/** The paragraph as a numbered or keyed entry, or null when it does not open with a bold numbered title. */
export function readNumberedParagraph(paragraph: Paragraph, text: string): NumberedParagraph | null {
  const first = paragraph.children[0];
  if (first?.type !== "strong") return null;
  const head = plainText(first).replace(/\s+/g, " ").trim();
  const keyed = head.match(KEYED);
  const numbered = keyed ? null : head.match(NUMBERED);
  const m = keyed ?? numbered;
  if (!m) return null;
  const title = m[2]!.replace(/[:：.]\s*$/, "").trim();
  if (!/\p{L}/u.test(title)) return null;
  const source = sourceOf(paragraph, text);
  const start = paragraph.position?.start.offset ?? 0;
  const boldEnd = (first.position?.end.offset ?? start) - start;
  const [line, ...more] = source.slice(boldEnd).split("\n");
  // "**EXP-11 — Class weights** → done. …": an arrow leads to the outcome as a dash does.
  const tail = line!.replace(/^\s*(?:(?:[-–—:|·]|→|->|=>)\s*)+/u, "").trim();
  let priorityLabel: string | null = null;
  let status: ItemStatus | null = null;
  for (const part of tail.split(PART)) {
    const said = readDashParts(part);
    // "Priority: High", "ความสำคัญ: สูง": a labelled level, or a part that is only a level.
    const clean = part.replace(/[*_]/g, "").trim();
    priorityLabel ??= said.priorityLabel ?? (clean.split(/\s+/).length <= 3 ? findPriorityLabel(clean) : null);
    status ??= said.status;
  }
  const paren = tail.match(CLOSING_PAREN)?.[1];
  status ??= paren ? statusWordIn(paren) : null;
  return {
    key: keyed ? m[1]!.replace(/^#/, "") : null,
    title,
    description: [tail, ...more.map((l) => l.trim())].filter(Boolean).join("\n"),
    priorityLabel,
    status,
  };
}

/**
 * The paragraphs of a document that are runs of numbered or keyed entries, read once before the
 * walk (one pass over the top-level nodes): two or more in a row, at least half stating a priority or a state.
 */
export function numberedParagraphRuns(nodes: RootContent[], text: string): Map<Paragraph, NumberedParagraph> {
  const found = new Map<Paragraph, NumberedParagraph>();
  let run: [Paragraph, NumberedParagraph][] = [];
  const close = () => {
    const stating = run.filter(([, e]) => e.priorityLabel !== null || e.status !== null).length;
    if (run.length >= 2 && stating * 2 >= run.length) for (const [p, e] of run) found.set(p, e);
    run = [];
  };
  for (const node of nodes) {
    const entry = node.type === "paragraph" ? readNumberedParagraph(node, text) : null;
    if (entry) run.push([node as Paragraph, entry]);
    else close();
  }
  close();
  return found;
}

export function recogniseNumberedParagraph(paragraph: Paragraph, runs: Map<Paragraph, NumberedParagraph>, ctx: ParseContext): boolean {
  const entry = runs.get(paragraph);
  if (!entry) return false;
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "metrics" || kind === "legend") return false;
  const status = entry.status ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("numbered-paragraphs");
  addItem(ctx, {
    origin: "record",
    key: entry.key,
    title: entry.title,
    description: entry.description,
    priorityLabel: entry.priorityLabel ?? sectionPriority(ctx),
    status,
    line: lineOf(paragraph),
  });
  return true;
}
