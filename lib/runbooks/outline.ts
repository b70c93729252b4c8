import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { headingId } from "@/lib/markdown/anchors";
import { headingAnchorsByLine } from "@/lib/markdown/render";
import { drillStep, drillSteps, holdsOnlyReference, stepsOf, writesAProcedure, type DrillStep, type Section } from "./drill-steps";
import { onlyCaseTable, type TableCase } from "./case-tables";
import { runInLabel, sharesAKindWord, splitAtLabels } from "./label-headings";
import { isOneScenarioLayout, sectionRole } from "./layouts";
import { sentencesOf } from "./prose-steps";
import { numbersAStage } from "./stage-refs";
import { titleNames } from "./title-subjects";
import { sectionKind } from "./scenario-sections";
import { namesShiftRoutine } from "./shift-routines";
import { descendants, endOf, headingText, isHeading, parse, startOf } from "./syntax-tree";
import { trimBlock } from "./text";

// A runbook body is Markdown made of scenarios (one heading each) with Symptoms / Diagnosis /
// Resolution / Escalation sections, or written in another common layout (an alert runbook, a
// procedure's stages, phases: layouts.ts). This module lays a body out as the runbook page lists it: the
// intro, the scenarios with their sections and drill steps, and every heading's anchor.

// Heading ids come from the renderer's own rule (lib/markdown/anchors.ts), so contents links land.
export { ANCHOR_PREFIX } from "@/lib/markdown/anchors";

/** One scenario of a runbook: its heading, its sections and the steps a drill checks off. */
export interface RunbookScenario {
  /**
   * The scenario heading's text; for a runbook that is one scenario made of sections (an alert
   * runbook: layouts.ts) the runbook's title as the caller gave it ("" when none).
   */
  title: string;
  /** Heading id as rendered (ANCHOR_PREFIX + GitHub slug, de-duplicated over the whole document); for a one-scenario runbook its first section's. */
  anchor: string;
  /** Sub-headings one level below the scenario; content before the first one is a section named "". */
  sections: { name: string; markdown: string }[];
  steps: DrillStep[];
  /** The scenario's full source, heading included. */
  markdown: string;
}

type HeadingAnchor = { depth: number; text: string; anchor: string };

/** Every heading of the body in document order, with the anchor the renderer gives it (for a table of contents). */
export function headingAnchors(body: string): HeadingAnchor[] {
  return outlineRunbook(body).headings;
}

/** What the caller knows of the runbook besides its body: its title names a one-scenario runbook's scenario. */
export type OutlineOptions = { title?: string };

/**
 * Splits a runbook body into its intro and scenarios.
 *
 * Only top-level headings shape the document (a heading quoted in a blockquote or inside a list is
 * content). The scenario level is the shallowest such heading depth; each heading at that depth
 * starts a scenario that runs to the next one. Headings exactly one level deeper are its sections.
 * When every heading at that level names a section of an alert runbook instead (Meaning / Impact /
 * Diagnosis / Mitigation: layouts.ts), the runbook is one scenario and those headings are its
 * sections; a procedure's stages (Prerequisites / Execution / Rollback / Verification, Phase 1 /
 * Phase 2) are a scenario each, their reading-matter sections (Notes, Contacts) none.
 */
export function parseScenarios(body: string, options: OutlineOptions = {}): { intro: string; scenarios: RunbookScenario[] } {
  const { intro, scenarios } = outlineRunbook(body, options);
  return { intro, scenarios };
}

type Outline = { intro: string; scenarios: RunbookScenario[]; headings: HeadingAnchor[] };

/**
 * parseScenarios and headingAnchors from one parse of the body (what the runbook page shows). A
 * long body costs seconds: the server outlines those on its worker thread (off-thread.ts).
 */
export function outlineRunbook(body: string, options: OutlineOptions = {}): Outline {
  const tree = parse(body);
  const anchors = anchorsOf(tree, body);
  // Infinity when there is no heading: nothing splits and the whole body is the intro.
  const level = tree.children.filter(isHeading).reduce((min, h) => Math.min(min, h.depth), Infinity);
  const { lead, spans } = splitAtHeadings(tree.children, level, 0, body.length);
  const headings = [...anchors].map(([heading, anchor]) => ({ depth: heading.depth, text: headingText(heading), anchor }));
  const intro = trimBlock(body.slice(lead.start, lead.end));
  // An alert layout whose fix branches into cases ("Mitigation" over "Case A: …", "Case B: …") is read
  // one scenario per case, as scenarioSpans reads any heading that groups cases.
  if (isOneScenarioLayout(spans.map((span) => headingText(span.heading))) && !spans.some((span) => groupsCases(span, level))) {
    return { intro, scenarios: [wholeDocumentScenario(spans, options.title ?? "", anchors, body)], headings };
  }
  if (spans.length === 0) return { intro, scenarios: headinglessScenario(lead, options.title ?? "", body), headings };
  const scenarios = scenarioSpans(spans, level, options.title ?? "").flatMap(({ span: { heading, nodes, start, end }, depth }): RunbookScenario[] => {
    // A heading over nothing but a table of cases (an alert per row: case-tables.ts) groups them.
    const cases = nodes.some(isHeading) ? undefined : onlyCaseTable(nodes);
    if (cases) return cases.map((c) => caseScenario(c, body));
    const sections = sectionsOf(nodes, depth + 1, start, end, body);
    const title = headingText(heading);
    return [{
      title,
      anchor: anchors.get(heading) ?? "",
      sections: sections.map(({ name, markdown }) => ({ name, markdown })),
      steps: drillSteps(title, sections),
      markdown: body.slice(startOf(heading), end).trimEnd(),
    }];
  });
  const opening = scenarios.some((s) => sectionRole(s.title) === "acts") ? introStage(lead.nodes, body) : undefined;
  return { intro, scenarios: opening ? [opening, ...scenarios] : scenarios, headings };
}

/**
 * A procedure whose headings are its stages ("Step 1 – Generate", "Rollback") may open its first
 * stage in the intro as a bold run-in label ("**Before you start:** check that …",
 * "**Voraussetzungen:** …": label-headings.ts). Such a paragraph, when its label names a stage
 * itself, is that stage: a scenario ahead of the headed ones, one step per sentence.
 */
function introStage(nodes: RootContent[], body: string): RunbookScenario | undefined {
  for (const node of nodes) {
    const runIn = runInLabel(node);
    if (!runIn || sectionRole(runIn.label) !== "acts") continue;
    const steps = sentencesOf(runIn.text).map((text) => drillStep("", text));
    return { title: runIn.label, anchor: "", sections: [{ name: "", markdown: runIn.text }], steps, markdown: body.slice(startOf(node), endOf(node)) };
  }
  return undefined;
}

const isSectionName = (name: string): boolean => sectionKind(name) !== undefined || sectionRole(name) !== undefined;

/**
 * The headings that are scenarios, with their depth. Two structural readings:
 *   - a heading naming a reference section (Related, Roles, Escalation, Don'ts: layouts.ts), or
 *     over nothing but a reference table (drill-steps.ts), with no sections of its own is
 *     something to read, not a case a responder drills, so it is no
 *     scenario (unless every heading is one, when they are all the document has); one written
 *     as a scenario (Symptoms / Diagnosis / … under "Escalation path") stays one; the same for a
 *     heading naming the on-call shift's own routine ("End of shift", "Handover": shift-routines.ts);
 *   - a heading with nothing under it but sub-headings that are not section names ("Resolution"
 *     over "Case A: consumers are down", "Case B: load went up") groups cases a responder picks
 *     between: each sub-heading is a scenario.
 */
function scenarioSpans(spans: Span<Heading>[], level: number, title: string): { span: Span<Heading>; depth: number }[] {
  const hasSubheadings = (span: Span<Heading>) => span.nodes.some((node) => node.type === "heading" && node.depth === level + 1);
  // A heading the runbook's title names, or one numbered as a stage, is the work itself (title-subjects.ts).
  const isTheWork = (name: string) => titleNames(title, name) || numbersAStage(name);
  const reading = spans.filter(
    (span) =>
      !hasSubheadings(span) &&
      !isTheWork(headingText(span.heading)) &&
      (sectionRole(headingText(span.heading)) === "describes" || holdsOnlyReference(span.nodes) || namesShiftRoutine(headingText(span.heading))),
  );
  const kept = reading.length < spans.length ? spans.filter((span) => !reading.includes(span)) : spans;
  return kept.flatMap((span) => (groupsCases(span, level) ? splitAtHeadings(span.nodes, level + 1, span.start, span.end).spans.map((c) => ({ span: c, depth: level + 1 })) : [{ span, depth: level }]));
}

/** A heading with nothing under it but two or more sub-headings that are not section names: cases a responder picks between. */
function groupsCases(span: Span<Heading>, level: number): boolean {
  const { lead, spans: cases } = splitAtHeadings(span.nodes, level + 1, span.start, span.end);
  return lead.nodes.length === 0 && cases.length > 1 && cases.every((c) => !isSectionName(headingText(c.heading)));
}

/**
 * A body with no heading is one scenario named after the runbook when it is written as a procedure
 * (numbered steps, a checklist, a command table: drill-steps.ts); else it is all intro. One cut
 * into parts by bold label lines (label-headings.ts) is read as if the labels were headings.
 */
function headinglessScenario(lead: Span<undefined>, title: string, body: string): RunbookScenario[] {
  const cases = onlyCaseTable(lead.nodes);
  if (cases) return cases.map((c) => caseScenario(c, body));
  const labelled = labelledScenarios(lead, body);
  if (labelled.length > 0) return labelled;
  const section = { name: "", markdown: trimBlock(body.slice(lead.start, lead.end)), nodes: lead.nodes };
  const steps = writesAProcedure(lead.nodes) ? stepsOf(section) : [];
  return steps.length === 0 ? [] : [{ title, anchor: "", sections: [{ name: "", markdown: section.markdown }], steps, markdown: section.markdown }];
}

/**
 * The scenarios of a headingless body cut at bold label lines, read as headings are: an alert's
 * sections ("**Diagnosis**", "**Mitigation**") stay one scenario (none returned here, so the body
 * is read whole), a label naming reading matter ("**Contacts**") is no scenario, every other label
 * starts one. The text before the first label stays the intro.
 */
function labelledScenarios(lead: Span<undefined>, body: string): RunbookScenario[] {
  // The same bar as a whole headingless body: bulleted lists under bold lines may be notes, unless
  // the labels name a series of cases of one kind ("Problem: …", "Problem: …": label-headings.ts).
  const split = splitAtLabels(lead.nodes);
  if (!split || !(writesAProcedure(lead.nodes) || sharesAKindWord(split.parts.map((part) => part.label)))) return [];
  if (isOneScenarioLayout(split.parts.map((part) => part.label))) return [];
  const ends = split.parts.map((_, i) => (i + 1 < split.parts.length ? startOf(split.parts[i + 1]!.labelNode) : lead.end));
  return split.parts.flatMap((part, i) => {
    if (sectionRole(part.label) === "describes") return [];
    const markdown = trimBlock(body.slice(endOf(part.labelNode), ends[i]));
    return [
      {
        title: part.label,
        anchor: "",
        sections: [{ name: "", markdown }],
        steps: drillSteps(part.label, [{ name: "", markdown, nodes: part.nodes }]),
        markdown: body.slice(startOf(part.labelNode), ends[i]).trimEnd(),
      },
    ];
  });
}

/** One row of a case table (case-tables.ts) as a scenario: the case's name, its action cell's lines as steps. */
function caseScenario({ title, steps, row }: TableCase, body: string): RunbookScenario {
  const markdown = body.slice(startOf(row), endOf(row)).trim();
  return { title, anchor: "", sections: [{ name: "", markdown }], steps: steps.map((text) => drillStep("", text)), markdown };
}

/** A runbook whose top-level headings are its sections, as its one scenario (the intro stays the runbook's). */
function wholeDocumentScenario(spans: Span<Heading>[], title: string, anchors: Map<Heading, string>, body: string): RunbookScenario {
  const sections = spans.map((span) => ({ name: headingText(span.heading), markdown: trimBlock(body.slice(span.start, span.end)), nodes: span.nodes }));
  const first = spans[0]!;
  return {
    title,
    anchor: anchors.get(first.heading) ?? "",
    sections: sections.map(({ name, markdown }) => ({ name, markdown })),
    steps: drillSteps(title, sections),
    markdown: body.slice(startOf(first.heading), spans.at(-1)!.end).trimEnd(),
  };
}

/**
 * The anchor of every heading, in document order: the one the renderer gives the heading on the
 * same line (lib/markdown/render.ts), so contents links land even where the two parsers part
 * (raw HTML, which the renderer shows as text); the same slug rule for any it has not.
 */
function anchorsOf(tree: Root, body: string): Map<Heading, string> {
  const rendered = headingAnchorsByLine(body);
  const slugger = new GithubSlugger();
  return new Map(
    descendants([tree])
      .filter(isHeading)
      .map((h) => [h, rendered.get(h.position?.start.line ?? 0) ?? headingId(slugger, toString(h, { includeImageAlt: false }))]),
  );
}

/** Top-level content cut at every heading of one depth. `start`/`end` are source offsets of the content (after the heading). */
interface Span<H extends Heading | undefined> {
  heading: H;
  nodes: RootContent[];
  start: number;
  end: number;
}

/** Splits `nodes` (which cover source offsets from..to) at each heading of `depth`; `lead` is what precedes the first. */
function splitAtHeadings(nodes: RootContent[], depth: number, from: number, to: number) {
  const lead: Span<undefined> = { heading: undefined, nodes: [], start: from, end: to };
  const spans: Span<Heading>[] = [];
  let current: Span<Heading | undefined> = lead;
  for (const node of nodes) {
    if (node.type === "heading" && node.depth === depth) {
      current.end = startOf(node);
      current = { heading: node, nodes: [], start: endOf(node), end: to };
      spans.push(current as Span<Heading>);
    } else {
      current.nodes.push(node);
    }
  }
  return { lead, spans };
}

function sectionsOf(nodes: RootContent[], depth: number, from: number, to: number, body: string): Section[] {
  const { lead, spans } = splitAtHeadings(nodes, depth, from, to);
  const sections = [lead, ...spans].map((span) => ({
    name: span.heading ? headingText(span.heading) : "",
    markdown: trimBlock(body.slice(span.start, span.end)),
    nodes: span.nodes,
  }));
  // The unnamed lead section exists only when something was written before the first sub-heading.
  return sections.filter((section, i) => i > 0 || section.markdown !== "");
}
