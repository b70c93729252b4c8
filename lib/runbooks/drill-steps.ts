import type { ListItem, Nodes, Paragraph, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { branchNodes } from "./branches";
import { onlyCaseTable } from "./case-tables";
import { isActingSection, sectionRole } from "./layouts";
import { handsOnTheIncident } from "./escalation-note";
import { followsNoneWorked } from "./none-worked";
import { proseSteps } from "./prose-steps";
import { namesAnotherStage } from "./stage-refs";
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
 * non-empty section its list items, or, written as prose, its sentences and code blocks
 * (prose-steps.ts; a section describing rather than acting gives its first paragraph); failing
 * that, the scenario title.
 */
export function drillSteps(title: string, sections: Section[]): DrillStep[] {
  const listed = sections.filter((section) => isActingSection(section.name)).flatMap((section) => stepsOf(section, title));
  if (listed.length > 0) return listed;
  // Reading matter (Notes, a glossary) under a scenario gives no steps when another section does.
  const written = sections.filter((section) => section.markdown !== "");
  const acted = written.filter((section) => sectionRole(section.name) !== "describes");
  const perSection = (acted.some((section) => stepsOf(section, title).length > 0) ? acted : written)
    .flatMap((section) => {
      const items = stepsOf(section, title);
      if (items.length > 0) return items;
      const prose = sectionRole(section.name) === "describes" ? [] : proseSteps(section.nodes).filter((text) => !isTocMarker(text));
      if (prose.length > 0) return prose.map((text) => drillStep(section.name, text));
      return [drillStep(section.name, firstParagraphText(section.nodes) || section.name || title)];
    });
  return perSection.length > 0 ? perSection : [drillStep("", title)];
}

export const drillStep = (section: string, text: string): DrillStep => ({ section, text: clip(collapse(text), MAX_STEP_CHARS) });

/** The actionable leaves written in a section: its list items and the rows of its step tables, in document order. */
export const stepsOf = (section: Pick<Section, "name" | "nodes">, scenario = ""): DrillStep[] => {
  // The stage a fallback is judged against: the section's own name, else its scenario's ("Phase 3 — …").
  const fallbacks = fallbackSteps(section.nodes, section.name || scenario);
  const branches = branchNodes(section.nodes);
  return descendants(section.nodes)
    .filter((node) => !branches.has(node))
    .flatMap((node): string[] => {
      if (node.type === "listItem") return introducesSubsteps(node) ? [] : [ownText(node)];
      if (node.type === "table") return tableSteps(node);
      if (node.type === "paragraph" && fallbacks.has(node)) return [toString(node)];
      return [];
    })
    .map((text) => drillStep(section.name, text))
    .filter((step) => step.text !== "" && !isTocMarker(step.text));
};

// "If still > 90% after step 6: expand the volume and tell #observability." written right after
// the steps is what to do when they did not work: one more step. Only a condition followed by an
// instruction counts ("If …: do" / "If …, do"); one ending in a colon introduces what follows.
const CONDITIONAL = /^(?:if|falls|wenn|si)\s.+[:,]\s*\S.*[^:]$/i;

function fallbackSteps(nodes: RootContent[], name = ""): Set<Paragraph> {
  const steps = new Set<Paragraph>();
  nodes.forEach((node, i) => {
    const before = nodes[i - 1];
    const afterSteps = before?.type === "list" || (before?.type === "table" && tableSteps(before).length > 0);
    // "If anything in Phase 2 fails, …" closing Phase 3 is about Phase 2, not a step of Phase 3 (stage-refs.ts).
    // "If none of this works, …" is a way out of the whole runbook, no step (none-worked.ts), and
    // "If …, escalate to the on-call" is the runbook's escalation (escalation-note.ts).
    const text = collapse(toString(node));
    if (node.type === "paragraph" && afterSteps && CONDITIONAL.test(text) && !namesAnotherStage(text, name) && !followsNoneWorked(text) && !handsOnTheIncident(text)) steps.add(node);
  });
  return steps;
}

/**
 * Whether nodes are written as a procedure: a numbered list, a checklist or a step table. Without
 * a heading to say so, a bulleted list may be notes; these forms are steps by their shape.
 */
export const writesAProcedure = (nodes: Nodes[]): boolean =>
  descendants(nodes).some(
    (node) =>
      (node.type === "list" && node.ordered === true) ||
      (node.type === "listItem" && typeof node.checked === "boolean") ||
      (node.type === "table" && tableSteps(node).length > 0),
  );

/**
 * Whether nodes hold only reference data: tables that are not step tables (a signal → level
 * table, a contact sheet), with no list, paragraph or code to act on. A heading over nothing else
 * is a lookup aid the responder reads, not a scenario drilled.
 */
export const holdsOnlyReference = (nodes: RootContent[]): boolean =>
  nodes.some((node) => node.type === "table") &&
  onlyCaseTable(nodes) === undefined &&
  nodes.every((node) => node.type === "table" || node.type === "thematicBreak" || node.type === "html") &&
  !writesAProcedure(nodes);

// A table is a list of steps when its header says its rows are actions ("Step", "Action", "Do
// this", "Command", "Task") or its first column numbers the rows 1, 2, 3…: then each row is one
// step, read from its first cell that is not the number. Other tables (roles, contacts, fields,
// escalation times) hold reference data, not steps.
const STEP_HEADER = /^(?:#|no\.?|nr\.?|step|steps|action|actions|do|do this|what to do|command|commands|task|tasks|schritt|aktion|étape|action|paso|acción)$/i;

function tableSteps(table: Table): string[] {
  const [header, ...rows] = table.children.map((row) => row.children.map((cell) => collapse(toString(cell))));
  if (!header || rows.length === 0) return [];
  const numbered = rows.every((row, i) => Number.parseInt(row[0] ?? "", 10) === i + 1 && /^\d+\.?$/.test(row[0] ?? ""));
  if (!numbered && !header.some((cell) => STEP_HEADER.test(cell))) return [];
  return rows.map((row) => row.find((cell, i) => !(i === 0 && numbered) && cell !== "") ?? "");
}

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
