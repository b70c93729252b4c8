import type { Paragraph, RootContent } from "mdast";
import { nearestKind, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { isPriorityField, isSeverityField, isStatusField } from "../field-names";
import { lineOf, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";
import { stateOnly, statusAroundDescription } from "../status-words";
import type { ItemStatus } from "../types";
import { splitBoldKeys } from "./bold-key";

// A feedback board, a request portal or a tracker's card list copied as plain text: each entry is a
// title line (on a voting board opened by its vote count, "▲ 412  Dark mode"), then a line of fields
// set apart by middle dots ("Status: PLANNED · Board: Web · 12 comments"), then perhaps a remark.
// Markdown runs each block into one paragraph. A careful reader sees one request per block: the
// title line is the item (the vote count is no priority), the field line its state and priority,
// the rest its description. Only a run of two or more such blocks is read so, the way a pasted
// board looks; where the board's states include both a completed state and "closed", closed is the
// state of requests declined, not completed.

/** A vote count opening the title line: "▲ 412", "👍 12", "⬆︎ 30", "+7". */
const VOTES = /^\s*(?:(?:[▲△⬆↑🔼⇧👍]\uFE0F?\s*)\d[\d,.kK]*|\+\d+)\s+/u;
const SEPARATORS = /\s+[·•|]\s+/;
const LABELLED = /^([\p{L}][\p{L}\p{N} ]{0,24}?)\s*[:：]\s*(\S.*)$/u;
/** "Closed" as a board writes it, in the languages of the vocabulary: a state apart from completed where both are used. */
const CLOSED = /^(?:closed|geschlossen|cerrad[oa]|ferm[ée]e?|chius[oa]|fechad[oa]|gesloten|stängd|закрыто|закрыт|zamknięte|kapatıldı|kapandı|已关闭|已關閉|クローズ)$/iu;

export interface FieldBlock {
  title: string;
  /** A bold tracker key split from the title line ("**MOB-412**"). */
  key?: string;
  description: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
  /** The status value as written ("CLOSED"), to read "closed" against the board's other states. */
  statusValue: string | null;
}

/** The fields of a line, or null when it names no status and no priority field. */
function readFields(line: string): Pick<FieldBlock, "priorityLabel" | "status" | "statusValue"> | null {
  let priorityLabel: string | null = null;
  let status: ItemStatus | null = null;
  let statusValue: string | null = null;
  let known = false;
  for (const segment of line.replace(/[*_]/g, "").trim().split(SEPARATORS)) {
    const m = segment.trim().match(LABELLED);
    if (!m || m[1]!.trim().split(/\s+/).length > 2) continue;
    const [label, value] = [m[1]!.trim(), m[2]!.trim()];
    if (isPriorityField(label) || isSeverityField(label)) {
      priorityLabel ??= findPriorityLabel(value);
      known = true;
    } else if (isStatusField(label)) {
      statusValue ??= value;
      status ??= stateOnly(value) ?? statusAroundDescription(value);
      known = true;
    }
  }
  return known ? { priorityLabel, status, statusValue } : null;
}

/** The paragraph as a title line over a field line, or null. */
export function readFieldBlock(paragraph: Paragraph, text: string): FieldBlock | null {
  const lines = sourceOf(paragraph, text).split("\n");
  if (lines.length < 2) return null;
  const title = lines[0]!.replace(VOTES, "").replace(/\s+/g, " ").trim();
  // The title line is a name, not a field line or a sentence run on for lines.
  if (!title || title.length > 150 || LABELLED.test(title) || !/\p{L}/u.test(title)) return null;
  const fields = readFields(lines[1]!);
  if (!fields) return null;
  return { title, description: lines.slice(1).map((l) => l.trim()).join("\n"), ...fields };
}

/**
 * The blocks of a document that are runs of such entries, read once before the walk (one pass over
 * the top-level nodes): two or more in a row.
 */
export function fieldBlockRuns(nodes: RootContent[], text: string): Map<Paragraph, FieldBlock> {
  const found = new Map<Paragraph, FieldBlock>();
  let run: [Paragraph, FieldBlock][] = [];
  const close = () => {
    if (run.length >= 2) {
      // "COMPLETE" beside "CLOSED": the board completes some requests and closes others unbuilt.
      const completes = run.some(([, b]) => b.status === "done" && !CLOSED.test(b.statusValue ?? ""));
      // "**MOB-412** Summary": a bold key the run repeats is the key, not title (recognise/bold-key.ts).
      const keys = splitBoldKeys(run.map(([, b]) => b.title));
      for (const [i, [p, b]] of run.entries()) found.set(p, { ...b, ...(keys[i] ?? {}), ...(completes && CLOSED.test(b.statusValue ?? "") ? { status: "wont_do" as const } : {}) });
    }
    run = [];
  };
  for (const node of nodes) {
    const block = node.type === "paragraph" ? readFieldBlock(node, text) : null;
    if (block) run.push([node as Paragraph, block]);
    else close();
  }
  close();
  return found;
}

export function recogniseFieldBlock(paragraph: Paragraph, runs: Map<Paragraph, FieldBlock>, ctx: ParseContext): boolean {
  const block = runs.get(paragraph);
  if (!block) return false;
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "metrics" || kind === "legend") return false;
  const status = block.status ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("records");
  addItem(ctx, {
    origin: "record",
    key: block.key,
    title: block.title,
    description: block.description,
    priorityLabel: block.priorityLabel ?? sectionPriority(ctx),
    status,
    line: lineOf(paragraph),
  });
  return true;
}
