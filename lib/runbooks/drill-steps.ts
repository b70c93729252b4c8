import type { ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { isActingSection } from "./layouts";
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

/**
 * The actionable leaves of the acting sections (the app's Diagnosis / Resolution, and the acting
 * sections of the other layouts: layouts.ts), nested items in document order; failing that, per
 * non-empty section its list items or its first paragraph; failing that, the scenario title.
 */
export function drillSteps(title: string, sections: Section[]): DrillStep[] {
  const listed = sections.filter((section) => isActingSection(section.name)).flatMap((section) => stepsOf(section));
  if (listed.length > 0) return listed;
  const perSection = sections
    .filter((section) => section.markdown !== "")
    .flatMap((section) => {
      const items = stepsOf(section);
      return items.length > 0 ? items : [drillStep(section.name, firstParagraphText(section.nodes) || section.name || title)];
    });
  return perSection.length > 0 ? perSection : [drillStep("", title)];
}

const drillStep = (section: string, text: string): DrillStep => ({ section, text: clip(collapse(text), MAX_STEP_CHARS) });

const stepsOf = (section: Section): DrillStep[] =>
  listItems(section.nodes)
    .filter((item) => !introducesSubsteps(item))
    .map((item) => drillStep(section.name, ownText(item)))
    .filter((step) => step.text !== "" && !isTocMarker(step.text));

const listItems = (nodes: Nodes[]): ListItem[] => descendants(nodes).filter((n): n is ListItem => n.type === "listItem");

/** An item's own paragraphs; its nested list items are steps of their own. */
const ownText = (item: ListItem): string =>
  item.children
    .filter((child) => child.type === "paragraph")
    .map((p) => toString(p))
    .join(" ");

/**
 * "1. Reduce the load on the database:" over its own numbered actions only introduces them: the
 * actions are the steps, not the line that announces them. An item with sub-items and no colon
 * ("Check pods" over "in prod", "in staging") is a step of its own.
 */
const introducesSubsteps = (item: ListItem): boolean =>
  item.children.some((child) => child.type === "list") && /:\s*$/.test(collapse(ownText(item)));

/** A table-of-contents directive ("[[_TOC_]]" in GitLab, "[TOC]", "[[toc]]", "${toc}") is for the renderer, never a step. */
const isTocMarker = (text: string): boolean => /^(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\})$/i.test(text.trim());

function firstParagraphText(nodes: Nodes[]): string {
  const texts = descendants(nodes)
    .filter((n): n is Paragraph => n.type === "paragraph")
    .map((p) => collapse(toString(p)));
  return texts.find((text) => text !== "" && !isTocMarker(text)) ?? "";
}
