import type { ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { sectionKind } from "./scenario-sections";
import { descendants } from "./syntax-tree";
import { clip, collapse } from "./text";

// What a drill walks through for one scenario, read from its sections' syntax trees.

/** One checklist entry a drill walks through. `section` is the name of the section it came from. */
export interface DrillStep {
  section: string;
  text: string;
}

/** A scenario's section as outline.ts cuts it: its name, its source and its top-level nodes. */
export interface Section {
  name: string;
  markdown: string;
  nodes: RootContent[];
}

const MAX_STEP_CHARS = 500;

/** The list items a drill checks off are the ones an operator acts on: Diagnosis and Resolution. */
const isDrillSection = (name: string): boolean => ["Diagnosis", "Resolution"].includes(sectionKind(name) ?? "");

/**
 * Every list item of the Diagnosis / Resolution sections (nested items flattened in document
 * order); failing that, one step per non-empty section; failing that, the scenario title.
 */
export function drillSteps(title: string, sections: Section[]): DrillStep[] {
  const listed = sections
    .filter((section) => isDrillSection(section.name))
    .flatMap((section) => listItems(section.nodes).map((item) => drillStep(section.name, ownText(item))))
    .filter((step) => step.text !== "");
  if (listed.length > 0) return listed;
  const perSection = sections
    .filter((section) => section.markdown !== "")
    .map((section) => drillStep(section.name, firstParagraphText(section.nodes) || section.name || title));
  return perSection.length > 0 ? perSection : [drillStep("", title)];
}

const drillStep = (section: string, text: string): DrillStep => ({ section, text: clip(collapse(text), MAX_STEP_CHARS) });

const listItems = (nodes: Nodes[]): ListItem[] => descendants(nodes).filter((n): n is ListItem => n.type === "listItem");

/** An item's own paragraphs; its nested list items are steps of their own. */
const ownText = (item: ListItem): string =>
  item.children
    .filter((child) => child.type === "paragraph")
    .map((p) => toString(p))
    .join(" ");

function firstParagraphText(nodes: Nodes[]): string {
  const paragraph = descendants(nodes).find((n): n is Paragraph => n.type === "paragraph");
  return paragraph ? collapse(toString(paragraph)) : "";
}
