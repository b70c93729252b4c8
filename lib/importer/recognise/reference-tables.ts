import type { RootContent } from "mdast";
import { parseStatus } from "../clean";
import { plainText } from "../markdown";
import type { ItemStatus } from "../types";
import { DATE, PERIOD } from "./table-columns";
import { isClockTime } from "./clock-times";

// Tables that describe rather than track: a glossary or legend (Term | Meaning), read by its header.
// A person reading "| State | Meaning |" sees definitions, however task-like the terms on the left.

/** One status mark alone in a cell. */
const MARK = /^[✅✓☑✔🚧🟡🟠🟢⬜🔴❌⛔⚠⏳◐✘]$/u;

const DEFINITION = /^(?:meaning|means|definition|description|explanation|what it means|bedeutung|erkl[äa]rung|significado|definici[óo]n|signification|d[ée]finition|significato|definizione|betekenis|意味|説明|定义|含义)$/u;

/** Two columns, the second headed as a definition: each row defines its first cell. */
export function isGlossary(headers: string[]): boolean {
  return headers.length === 2 && DEFINITION.test(headers[1]!.replace(/[*_`:]/g, "").trim().toLowerCase());
}

/** A column rating likelihood or probability: the rows are risks being weighed, not work. */
const LIKELIHOOD = /^(?:likelihood|probability|wahrscheinlichkeit|probabilidad|probabilit[ée]|probabilit[àa]|kans|発生確率|可能性)$/u;

export function isRiskMatrix(headers: string[]): boolean {
  return headers.some((h) => LIKELIHOOD.test(h.replace(/[*_`:]/g, "").trim().toLowerCase()));
}

/** The first column is dates or periods ("Sep 1", "2026-05-01", "Week 3", "Q2", "Phase 1"). */
export function isTimeline(rows: string[][]): boolean {
  const first = rows.map((r) => (r[0] ?? "").replace(/[*_`]/g, "").trim()).filter(Boolean);
  // "09:00": a run sheet of one day is a timeline too (recognise/clock-times.ts).
  const dated = first.filter((c) => DATE.test(c) || PERIOD.test(c) || isClockTime(c) || /^(?:week|phase|day|sprint|milestone|wave|stage)\s*\d+$/i.test(c) || /[–-]/.test(c) && c.split(/\s*[–-]\s*/).every((p) => DATE.test(p) || /^\d{1,2}$/.test(p)));
  return first.length >= 2 && dated.length >= first.length * 0.8;
}

/**
 * A legend written as a table (| Mark | Meaning |, one status mark per row): what each mark means in
 * this document, for the status matrices and mark columns elsewhere in it.
 */
export function legendOfTables(nodes: RootContent[]): Map<string, ItemStatus> {
  const legend = new Map<string, ItemStatus>();
  for (const node of nodes) {
    if (node.type !== "table" || (node.children[0]?.children.length ?? 0) !== 2) continue;
    const rows = node.children.slice(1).map((row) => row.children.map((c) => plainText(c)));
    const marks = rows.map((r) => (r[0] ?? "").replace(/\uFE0F/g, "").trim());
    if (rows.length < 2 || !marks.every((m) => MARK.test(m))) continue;
    rows.forEach((r, i) => {
      const meaning = (r[1] ?? "").replace(/[*_]/g, "").trim();
      const status = /healthy|ok\b|good|green/i.test(meaning) ? "done" : /worked on|on track/i.test(meaning) ? "in_progress" : parseStatus(meaning);
      if (status) legend.set(marks[i]!, status);
    });
  }
  return legend;
}
