import type { Heading, Html, RootContent } from "mdast";
import type { Section } from "../context";
import { plainText } from "../markdown";
import { findPriorityLabel } from "../priority";
import { summaryText } from "./details-summary";

// "## 🔥 Krytyczne / ## Wysokie / ## Średnie / ## Niskie": one level word alone is no priority in a
// heading ("## Media" is a topic in English), but a run of sibling headings that are each only a
// level word, naming at least two different levels, is a priority scale: a careful reader reads
// each as the priority of the work under it, and none of them as a category. A sibling that is
// already a priority or a horizon ("## Someday", "## Колись") is a step of the same scale, so one
// level word beside it is enough. `<details><summary>` blocks are headings too (recognise/details-groups.ts).

/** Where `<details>` summaries stand among the headings: below every real heading. */
const SUMMARY_DEPTH = 8;

/** The headings (and details blocks) of the document that belong to such a scale, with the level each names. */
export function levelScaleHeadings(nodes: RootContent[]): Map<Heading | Html, string> {
  const byDepth = new Map<number, Map<Heading | Html, string>>();
  const ranked = new Map<number, Set<string>>();
  for (const node of nodes) {
    const raw = node.type === "heading" ? plainText(node) : node.type === "html" && /<details\b/i.test(node.value) ? summaryText(node.value) : null;
    if (!raw) continue;
    const depth = node.type === "heading" ? node.depth : SUMMARY_DEPTH;
    const strict = findPriorityLabel(raw, { headingOnly: true });
    if (strict) ranked.set(depth, (ranked.get(depth) ?? new Set()).add(strict));
    // Combining marks are part of the word: Thai "สูง", "ต่ำ" and Devanagari vowel signs lose their meaning without them.
    const text = raw.replace(/[^\p{L}\p{M}\p{N}\s]/gu, "").trim();
    if (!text || text.split(/\s+/).length > 2) continue;
    const label = findPriorityLabel(text);
    if (!label || findPriorityLabel(text, { headingOnly: true }) === label) continue; // already read as a priority
    const scale = byDepth.get(depth) ?? new Map<Heading | Html, string>();
    scale.set(node as Heading | Html, label);
    byDepth.set(depth, scale);
  }
  const found = new Map<Heading | Html, string>();
  for (const [depth, scale] of byDepth) {
    const levels = new Set([...scale.values(), ...(ranked.get(depth) ?? [])]);
    if (levels.size >= 2) for (const [h, l] of scale) found.set(h, l);
  }
  return found;
}

/** A heading of the scale: its level is the section's priority, it holds work, and it names no category. */
export function applyLevelScale(section: Section, label: string | undefined): void {
  if (!label) return;
  section.priorityLabel ??= label;
  section.kind = "tasks";
  section.segments = [];
}
