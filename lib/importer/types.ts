// What the importer reads out of a Markdown plan. This is also the `--json` output of
// `npm run import` and the input of the apply step (lib/importer/apply.ts).

export type Priority = "P0" | "P1" | "P2" | "P3";
import type { Status } from "@/lib/domain/items";

export type ItemStatus = Status;
export type Severity = "critical" | "high" | "medium" | "low";
export type ChecklistKind = "acceptance" | "action" | "file";

export interface ParsedChecklistEntry {
  kind: ChecklistKind;
  text: string;
  done: boolean;
}

export interface ParsedItem {
  /** As written in the document (`P0-001`, `1.1`, `12`), or null when the document gives none. */
  key: string | null;
  title: string;
  /** Markdown: context paragraphs, code blocks and anything else of the item that is not a field. */
  description: string;
  /** Heading path, cleaned of numbering, emoji and priority tokens: ["Security Refinements", "Authentication & Authorization"]. */
  category: string[];
  /** P0–P3 after applying the priority mapping; null = untriaged. */
  priority: Priority | null;
  /** The label as the document wrote it ("Priority 1", "High", "P0"), for the mapping and for display. */
  priorityLabel: string | null;
  status: ItemStatus;
  severity: Severity | null;
  effortHours: number | null;
  /** Impact 1–5 (the matrix's impact × effort board): as the document states it, else proposed from the severity. */
  impact: number | null;
  /** Where `impact` came from, so the dry run can say "proposed from severity"; null when there is none. */
  impactFrom: "document" | "severity" | null;
  /** True when the item itself is ticked or its status is done. */
  done: boolean;
  checklist: ParsedChecklistEntry[];
  /** 1-based line of the item in the document. */
  line: number;
}

export interface ParsedSlaPolicy {
  priority: Priority;
  label: string;
  /** null when the document's wording has no fixed duration ("Sprint-based"). */
  targetHours: number | null;
  calendar: "calendar" | "business";
  /** The duration as written ("24 hours", "4-6 weeks per item"). */
  targetText: string;
  ownership: string;
  trackingCadence: string;
  escalation: string;
  line: number;
}

export type Comparator = "<" | "<=" | ">" | ">=" | "=";

export interface ParsedMetric {
  name: string;
  comparator: Comparator;
  target: number;
  unit: string;
  group: string;
  line: number;
}

export interface ImportWarning {
  line: number;
  message: string;
}

export interface ParseResult {
  items: ParsedItem[];
  slaPolicies: ParsedSlaPolicy[];
  metrics: ParsedMetric[];
  warnings: ImportWarning[];
  /** Which recognisers found something, for the import record ("p-records", "task-lists", …). */
  shapes: string[];
}
