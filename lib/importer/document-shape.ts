import type { Heading, Html, Paragraph, RootContent } from "mdast";
import type { Section } from "./context";
import { plainText, isHeading } from "./markdown";
import { bucketSiblings } from "./recognise/bucket-siblings";
import { detailsHoldTasks } from "./recognise/details-groups";
import { fieldBlockRuns, type FieldBlock } from "./recognise/field-line-paragraphs";
import { rankedLeaves } from "./recognise/fielded-leaves";
import { levelScaleHeadings } from "./recognise/level-headings";
import { proseAmongLists } from "./recognise/non-items";
import { numberedParagraphRuns, type NumberedParagraph } from "./recognise/numbered-paragraphs";
import { unrankedAreaHeadings } from "./recognise/priority-areas";
import { isReadmeShaped } from "./recognise/prose-documents";
import { isReleaseNotesTitle } from "./recognise/release-notes";
import { hasWorkSection } from "./recognise/topic-lists";

// What the block readers look up about the whole document (its sections and runs of blocks), read
// once per reading before the blocks are walked: each is a pass over every node.

export interface DocumentShape {
  text: string;
  /** The single leading level-1 heading: the document's title, not a category. */
  titleNode: RootContent | undefined;
  /** "# Backlog" as the document's title still says its leaf headings are work (issue 18, shape 6). */
  titleKind: Section["kind"];
  /** Every heading read as a section, in order: what a "no items" warning names. */
  headingsSeen: string[];
  holdTasks: boolean;
  levelScale: Map<Heading | Html, string>;
  unrankedAreas: Set<Heading>;
  buckets: Set<Heading>;
  proseSections: Set<Heading>;
  /** Requirement headings whose prose says "Priority: high" (recognise/fielded-leaves.ts). */
  ranked: Set<Heading>;
  /** "**A-3 · Title** — *Serious*" paragraphs in a row: a list written without list markup (recognise/numbered-paragraphs.ts). */
  numberedRuns: Map<Paragraph, NumberedParagraph>;
  /** "▲ 412  Dark mode" over "Status: PLANNED · Board: Web" blocks in a row: a pasted board (recognise/field-line-paragraphs.ts). */
  fieldBlocks: Map<Paragraph, FieldBlock>;
  workSection: boolean;
  readme: boolean;
  /** Titled as a release's notes: read as a README, but its "Known issues" are notices to users, not work. */
  releaseNotes: boolean;
}

export function documentShape(text: string, nodes: RootContent[], titleNode: RootContent | undefined, titleKind: Section["kind"]): DocumentShape {
  return {
    text,
    titleNode,
    titleKind,
    headingsSeen: [],
    holdTasks: detailsHoldTasks(nodes),
    levelScale: levelScaleHeadings(nodes),
    unrankedAreas: unrankedAreaHeadings(nodes),
    buckets: bucketSiblings(nodes),
    proseSections: proseAmongLists(nodes),
    ranked: rankedLeaves(nodes, text),
    numberedRuns: numberedParagraphRuns(nodes, text),
    fieldBlocks: fieldBlockRuns(nodes, text),
    workSection: hasWorkSection(nodes, titleNode),
    // A release's notes read as a README does: its lists say what changed (recognise/release-notes.ts).
    readme: isReadmeShaped(nodes.filter(isHeading).map((h) => plainText(h))) || isReleaseNotesTitle(titleNode),
    releaseNotes: isReleaseNotesTitle(titleNode),
  };
}
