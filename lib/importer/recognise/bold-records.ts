import type { Paragraph } from "mdast";
import { parseStatus } from "../clean";
import { nearestKind, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { isPriorityField, isSeverityField, isStatusField } from "../field-names";
import { lineOf, plainText, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";
import { statusAroundDescription } from "../status-words";
import type { ItemStatus } from "../types";

// Audit and assessment reports write each finding as a paragraph: a bold line naming it
// ("**F-3 · A.9.2 · Admin accounts share one password**"), then lines of labelled sentences
// ("Risk: High. Nobody rotates it.", "Remediation: … Owner: IT. Status: in progress."). A careful
// reader sees a record without a heading: the bold line is the title (its leading codes — the
// finding's key, a control id — are not), the labelled sentences its fields. Only a paragraph whose
// fields name a priority, a risk, a severity or a status is read so: a bold line over prose is not.

/** "Risk: High.", "Status: done (Nov 4).", "Owner: IT.": a label, a colon, and its value up to the sentence's end. */
// A middle dot, bullet or pipe between fields ("Progress: In progress · Priority: Urgent · Due: 5.4.",
// a planner's or tracker's card copied as one line) ends a field as a sentence does.
const LABELLED = /(?:^|(?<=[.;·•|]\s))([\p{Lu}][\p{L} ]{1,24}?)\s*[:：]\s*([^.;·•|]*(?:\.(?!\s|$)[^.;·•|]*)*)[.;·•|]?/gu;
const RISK = /^(?:risk|risk level|risiko|riesgo|risque|rischio|risico|risco|rating|impact)$/iu;
/** A code part of the bold line: no spaces and a digit ("GAP-1", "CC6.2", "A.9.2", "SEC-014"). */
const CODE = /^[\p{L}\p{N}._/-]*\d[\p{L}\p{N}._/-]*$/u;
/** A code part and the separator after it: "F-3 · ", "GAP-1: ", "SEC-014 — ". */
const CODE_PART = /^(\S+)(?:\s+[·•|—–]\s+|\s*:\s+)/u;

interface Record {
  key: string | null;
  title: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
  description: string;
}

function readRecord(paragraph: Paragraph, text: string): Record | null {
  const [first, second] = paragraph.children;
  if (first?.type !== "strong" || (second && !(second.type === "break" || (second.type === "text" && second.value.startsWith("\n"))))) return null;
  const lines = sourceOf(paragraph, text).split("\n");
  if (lines.length < 2) return null;
  const head = plainText(first).replace(/\s+/g, " ").trim();
  // The leading codes come off; the title keeps its own words and punctuation ("Fix label leakage: `x` is …").
  const codes: string[] = [];
  let title = head;
  for (let m = title.match(CODE_PART); m && CODE.test(m[1]!) && m[0].length < title.length; m = title.match(CODE_PART)) {
    codes.push(m[1]!);
    title = title.slice(m[0].length);
  }
  title = title.trim();
  if (title.split(/\s+/).length < 2) return null;
  let priorityLabel: string | null = null;
  let status: ItemStatus | null = null;
  let known = false;
  const body = lines.slice(1).join(" ").replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
  for (const m of body.matchAll(LABELLED)) {
    const [label, value] = [m[1]!.trim(), m[2]!.trim()];
    if (isPriorityField(label) || isSeverityField(label) || RISK.test(label)) {
      const said = findPriorityLabel(value.split(/[\s,]+/).slice(0, 2).join(" ")) ?? findPriorityLabel(value.split(/[\s,]+/)[0]!);
      if (said) {
        priorityLabel ??= said;
        known = true;
      }
    } else if (isStatusField(label)) {
      // "running, waiting for the last fold": the state opening the value, before why (as field-line-headings.ts reads it).
      status ??= statusAroundDescription(value) ?? parseStatus(value);
      known = true;
    }
  }
  if (!known) return null;
  return { key: codes[0] ?? null, title, priorityLabel, status, description: body };
}

export function recogniseBoldRecord(paragraph: Paragraph, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "metrics" || kind === "legend") return false;
  const record = readRecord(paragraph, ctx.text);
  if (!record) return false;
  const status = record.status ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("records");
  addItem(ctx, {
    origin: "record",
    key: record.key,
    title: record.title,
    description: record.description,
    priorityLabel: record.priorityLabel ?? sectionPriority(ctx),
    status,
    line: lineOf(paragraph),
  });
  return true;
}
