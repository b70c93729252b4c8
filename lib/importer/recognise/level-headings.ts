import type { Heading, RootContent } from "mdast";
import type { Section } from "../context";
import { plainText } from "../markdown";
import { findPriorityLabel } from "../priority";

// "## 🔥 Krytyczne / ## Wysokie / ## Średnie / ## Niskie": one level word alone is no priority in a
// heading ("## Media" is a topic in English), but a run of sibling headings that are each only a
// level word, naming at least two different levels, is a priority scale: a careful reader reads
// each as the priority of the work under it, and none of them as a category.

/** The headings of the document that belong to such a scale, with the level each names. */
export function levelScaleHeadings(nodes: RootContent[]): Map<Heading, string> {
  const byDepth = new Map<number, Map<Heading, string>>();
  for (const node of nodes) {
    if (node.type !== "heading") continue;
    const text = plainText(node).replace(/[^\p{L}\p{N}\s]/gu, "").trim();
    if (!text || text.split(/\s+/).length > 2) continue;
    const label = findPriorityLabel(text);
    if (!label || findPriorityLabel(text, { headingOnly: true }) === label) continue; // already read as a priority
    const scale = byDepth.get(node.depth) ?? new Map<Heading, string>();
    scale.set(node, label);
    byDepth.set(node.depth, scale);
  }
  const found = new Map<Heading, string>();
  for (const scale of byDepth.values()) if (new Set(scale.values()).size >= 2) for (const [h, l] of scale) found.set(h, l);
  return found;
}

/** A heading of the scale: its level is the section's priority, it holds work, and it names no category. */
export function applyLevelScale(section: Section, label: string | undefined): void {
  if (!label) return;
  section.priorityLabel ??= label;
  section.kind = "tasks";
  section.segments = [];
}
