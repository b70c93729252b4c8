import type { Heading, RootContent } from "mdast";
import { nearestKind, type ParseContext } from "./context";
import { plainText } from "./markdown";
import type { DocumentShape } from "./document-shape";
import { isDiscussionTopic } from "./recognise/discussion-topics";
import { recogniseCardHeading } from "./recognise/card-headings";
import { recogniseFieldBulletHeading } from "./recognise/field-bullet-headings";
import { recogniseFieldListCard } from "./recognise/field-list-cards";
import { recogniseFieldLineHeading } from "./recognise/field-line-headings";
import { fieldedLeafKind } from "./recognise/fielded-leaves";
import { recogniseFindingHeading } from "./recognise/finding-headings";
import { recogniseKeywordHeading } from "./recognise/keyword-headings";
import { recogniseLeafHeading } from "./recognise/leaf-headings";
import { isLegendHeading } from "./recognise/legend-headings";
import { applyLevelScale } from "./recognise/level-headings";
import { isRecord, recogniseRecord, sectionFields } from "./recognise/records";
import { isTabHeaderRow } from "./recognise/tab-header-rows";
import { namesPeriod } from "./recognise/period-headings";
import { namesReadmePlans } from "./recognise/readme-plans";
import { applySectionFields, sectionFromHeading } from "./sections";

// A heading is read in one of two ways: as an item whose section holds its fields and notes (a
// record, a card, a finding, a leaf task), or as a section the blocks under it are filed in.

/**
 * Reads the heading at `i`: either the item its section is (returns the index of the section's
 * last node, all read) or a section pushed on the stack for what follows (returns `i`, or `i + 1`
 * when the paragraph of fields under it was read as the section's fields).
 */
export function readHeading(nodes: RootContent[], i: number, doc: DocumentShape, ctx: ParseContext): number {
  const node = nodes[i] as Heading;
  // "#<tab>Step<tab>Owner…" over tab-separated rows is their header row, no heading (recognise/tab-header-rows.ts).
  if (isTabHeaderRow(node, nodes[i + 1], doc.text)) return i;
  doc.headingsSeen.push(plainText(node));
  let end = i + 1;
  while (end < nodes.length && !(nodes[end]!.type === "heading" && (nodes[end] as Heading).depth <= node.depth)) end++;
  const body = nodes.slice(i + 1, end);
  while (ctx.stack.length && ctx.stack.at(-1)!.depth >= node.depth) ctx.stack.pop();
  ctx.lastListItems = [];
  // "## מקרא", "## Légende" over field bullets is the document's key, not a record (recognise/legend-headings.ts).
  const legend = isLegendHeading(plainText(node));
  // "### TODO [#B] Write the intro": an org task headline written as a Markdown heading (recognise/keyword-headings.ts).
  if (!legend && recogniseKeywordHeading(node, body, ctx)) return end - 1;
  if (!legend && isRecord(node, body, doc.text)) {
    recogniseRecord(node, body, ctx);
    return end - 1;
  }
  if (!legend && (recogniseCardHeading(node, body, ctx) || recogniseFindingHeading(node, body, ctx) || recogniseFieldLineHeading(node, body, ctx) || recogniseFieldBulletHeading(node, body, ctx) || recogniseFieldListCard(node, body, ctx))) {
    return end - 1;
  }
  // The low-confidence reading reads lists only: a heading with prose under it is a topic more often than a task.
  // A leaf whose prose says its own priority ("Priority: high.") is work under any section (recognise/fielded-leaves.ts).
  // A prose heading among headings that hold the work as lists is a section ("Approach"), not an item (recognise/non-items.ts).
  const leafKind = fieldedLeafKind(doc.ranked.has(node), nearestKind(ctx), doc.titleKind);
  if (!legend && !ctx.lowConfidence && !doc.proseSections.has(node) && recogniseLeafHeading(node, body, end < nodes.length ? nodes[end]! : undefined, leafKind, ctx)) {
    return end - 1;
  }
  const section = sectionFromHeading(node);
  // "## 논의 사항" › "### 1. 로그인 장애 후속 조치": a topic discussed, not work (recognise/discussion-topics.ts).
  if (isDiscussionTopic(section, ctx.stack)) section.kind = "notes";
  applyLevelScale(section, doc.levelScale.get(node));
  // "## Ops" beside "## Tech (Priority: high)": an area of the same work (recognise/priority-areas.ts).
  // "## Normal" beside "## Urgent": another bucket of the same work (recognise/bucket-siblings.ts).
  if (section.kind === null && (doc.unrankedAreas.has(node) || doc.buckets.has(node))) section.kind = "tasks";
  // "## अगले सत्र में" ("next term") under "# … — task list": the work divided by when (recognise/period-headings.ts).
  if (section.kind === null && doc.titleKind === "tasks" && namesPeriod(section.raw)) section.kind = "tasks";
  // "## Планы", "## Bekannte Probleme" in a README: its author's plans and known bugs (recognise/readme-plans.ts);
  // a release's notes list known issues for its users to know, not as work.
  if (section.kind === null && doc.readme && !doc.releaseNotes && namesReadmePlans(section.raw)) section.kind = "tasks";
  const fields = sectionFields(body, doc.text);
  ctx.stack.push(section);
  if (!fields) return i;
  applySectionFields(section, fields);
  return i + 1; // the field paragraph is read
}
