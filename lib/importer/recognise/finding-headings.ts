import type { Heading, RootContent } from "mdast";
import { parseSeverity, parseStatus } from "../clean";
import { nearestKind, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";

// "#### [H-1] IDOR on invoice download — HIGH" + prose + "**Remediation status:** In progress": an
// audit's finding written as a heading. The identifier and the trailing severity say "this is one
// finding"; the status line says how far its fix is. Such a heading is an item wherever it stands
// (an audit's "Findings" section is its work), unless the finding is good news — it says no action
// is required — which a reader does not count as work.

const SEVERITY = "critical|high|medium|moderate|low|informational|info|none";
// The severity closes the heading after a dash or in parentheses ("RS-02 — Upload accepts SVG (High)").
const FINDING = new RegExp(`^\\W*\\[?([A-Z]{1,5}-?\\d+(?:\\.\\d+)?)\\]?\\s*[:–—-]?\\s+(.+?)(?:\\s+[—–-]\\s+(${SEVERITY})|\\s*[(（](${SEVERITY})[)）])?\\s*$`, "iu");
/** Keys that are a priority, a quarter or a half ("P1 — Critical", "Q3 — Foundations"): a bucket heading, not a finding. */
const BUCKET_KEY = /^(?:P\d{1,2}|Q[1-4]|H[12]|KR\d+|O\d+)$|^[^A-Z]/;
/** "**Remediation status:** Fixed", "Status: Open", "Fix status — accepted risk". */
const STATUS_LINE = /^\s*(?:\*\*|__)?[\p{L} ]*\b(?:status|state)\b(?:\*\*|__)?\s*[:—–-]\s*(?:\*\*|__)?\s*(.+)$/imu;
// "No action required", or "No action." said alone of a good-news finding.
const NO_ACTION = /\bno (?:further )?action (?:is )?(?:required|needed)\b|\bno (?:further )?action\s*[.!]?\s*$/im;

/**
 * The status field's value: on a line of its own, or among fields on one line set apart by a middle
 * dot, a bar or a semicolon ("**Owner:** Priya · **Status:** Fixed, retest passed").
 */
function statusFieldOf(source: string): string | undefined {
  const own = source.match(STATUS_LINE)?.[1];
  const shared = own ? undefined : source.split("\n").flatMap((line) => line.split(/\s+[·•|]\s+|;\s+/).slice(1)).map((part) => part.match(STATUS_LINE)?.[1]).find(Boolean);
  return (own ?? shared)?.replace(/[*_]/g, "").trim();
}

export function recogniseFindingHeading(heading: Heading, body: RootContent[], ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics") return false;
  const m = plainText(heading).match(FINDING);
  if (!m) return false;
  const [, key, title, dashedSeverity, bracketedSeverity] = m;
  const severityWord = dashedSeverity ?? bracketedSeverity;
  // A finding is a leaf: a heading with deeper headings under it groups them.
  if (BUCKET_KEY.test(key!) || body.some((n) => n.type === "heading") || findPriorityLabel(title!) === title!.trim()) return false;
  const source = body.filter((n) => n.type !== "heading" && n.type !== "thematicBreak").map((n) => sourceOf(n, ctx.text)).join("\n\n").trim();
  const statusText = statusFieldOf(source);
  // The key alone could be a numbered section ("A1 Introduction") or a decision record ("ADR-7: Use
  // Postgres", Status: Accepted): a severity says it is a finding; without one, a work status does, and
  // only outside a section of notes or decisions.
  if (!severityWord && !(statusText && parseStatus(statusText) && kind !== "notes")) return false;
  if (NO_ACTION.test(source) && !statusText) return true;
  const status = (statusText ? parseStatus(statusText) : null) ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("finding-headings");
  addItem(ctx, {
    origin: "record",
    key: key!,
    title: title!.replace(/[*_`]/g, "").trim(),
    description: source,
    priorityLabel: severityWord ? findPriorityLabel(severityWord) : null,
    status,
    severity: severityWord ? parseSeverity(severityWord) : null,
    line: lineOf(heading),
  });
  return true;
}
