import GithubSlugger from "github-slugger";
import type { Heading, ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseMarkdownFast } from "@/lib/markdown/markdown-fast";
import { headingId } from "@/lib/markdown/anchors";
import { tooDeepAt } from "@/lib/markdown/depth";
import { headingAnchorsByLine } from "@/lib/markdown/render";

// A runbook body is Markdown made of scenarios (one heading each) with Symptoms / Diagnosis /
// Resolution / Escalation sections. Structure always comes from the CommonMark + GFM syntax tree,
// never from line regexes, so "## not a heading" inside a code fence cannot split a scenario.
// Every Markdown slice handed back is cut from the original source by node offsets, so the
// author's formatting survives untouched.

/** The sections every scenario is expected to have, in template order. */
export const SCENARIO_SECTIONS = ["Symptoms", "Diagnosis", "Resolution", "Escalation"] as const;

type ScenarioSection = (typeof SCENARIO_SECTIONS)[number];

// Heading ids come from the renderer's own rule (lib/markdown/anchors.ts), so contents links land.
export { ANCHOR_PREFIX } from "@/lib/markdown/anchors";

/** One checklist entry a drill walks through. `section` is the name of the section it came from. */
export interface DrillStep {
  section: string;
  text: string;
}

/** One scenario of a runbook: its heading, its sections and the steps a drill checks off. */
export interface RunbookScenario {
  title: string;
  /** Heading id as rendered (ANCHOR_PREFIX + GitHub slug, de-duplicated over the whole document). */
  anchor: string;
  /** Sub-headings one level below the scenario; content before the first one is a section named "". */
  sections: { name: string; markdown: string }[];
  steps: DrillStep[];
  /** The scenario's full source, heading included. */
  markdown: string;
}

const SECTION_HINTS: Record<ScenarioSection, string> = {
  Symptoms: "_What the operator sees: alerts, error messages, dashboards._",
  Diagnosis: "_How to confirm the cause: commands to run, logs and metrics to check._",
  Resolution: "_Steps that fix it, in order, with the exact commands._",
  Escalation: "_Who to call when this does not fix it, and what to tell them._",
};

const MAX_STEP_CHARS = 500;
const MAX_TITLE_CHARS = 200;

/** Markdown for one scenario: a `##` heading and the four `###` sections with writing hints. */
export function scenarioTemplate(title: string): string {
  return `${scenarioBlock(title)}\n`;
}

/** The body a new, empty runbook starts with. */
export function blankRunbook(): string {
  return `_When to use this runbook and which service it covers._\n\n${scenarioTemplate("First scenario")}`;
}

type HeadingAnchor = { depth: number; text: string; anchor: string };

/** Every heading of the body in document order, with the anchor the renderer gives it (for a table of contents). */
export function headingAnchors(body: string): HeadingAnchor[] {
  return outlineRunbook(body).headings;
}

/**
 * Splits a runbook body into its intro and scenarios.
 *
 * Only top-level headings shape the document (a heading quoted in a blockquote or inside a list is
 * content). The scenario level is the shallowest such heading depth; each heading at that depth
 * starts a scenario that runs to the next one. Headings exactly one level deeper are its sections.
 */
export function parseScenarios(body: string): { intro: string; scenarios: RunbookScenario[] } {
  const { intro, scenarios } = outlineRunbook(body);
  return { intro, scenarios };
}

type Outline = { intro: string; scenarios: RunbookScenario[]; headings: HeadingAnchor[] };

/**
 * parseScenarios and headingAnchors from one parse of the body (what the runbook page shows). A
 * long body costs seconds: the server outlines those on its worker thread (off-thread.ts).
 */
export function outlineRunbook(body: string): Outline {
  const tree = parse(body);
  const anchors = anchorsOf(tree, body);
  // Infinity when there is no heading: nothing splits and the whole body is the intro.
  const level = tree.children.filter(isHeading).reduce((min, h) => Math.min(min, h.depth), Infinity);
  const { lead, spans } = splitAtHeadings(tree.children, level, 0, body.length);
  const scenarios = spans.map(({ heading, nodes, start, end }) => {
    const sections = sectionsOf(nodes, level + 1, start, end, body);
    const title = headingText(heading);
    return {
      title,
      anchor: anchors.get(heading) ?? "",
      sections: sections.map(({ name, markdown }) => ({ name, markdown })),
      steps: drillSteps(title, sections),
      markdown: body.slice(startOf(heading), end).trimEnd(),
    };
  });
  const headings = [...anchors].map(([heading, anchor]) => ({ depth: heading.depth, text: headingText(heading), anchor }));
  return { intro: trimBlock(body.slice(lead.start, lead.end)), scenarios, headings };
}

/**
 * The runbook draft a backlog item's "Create runbook" button makes.
 *
 * The importer hands action items over flattened, so the nesting is rebuilt by a fixed rule:
 * - an entry ending in ":" is a group header; the entries after it are its children, up to the next
 *   header or the first entry that starts with an instruction verb (GROUP_ENDING_VERBS), which is
 *   read as a top-level entry again (e.g. "Include command examples" after "For each scenario:");
 * - scenario titles are the children of the first header mentioning "scenario", else of the first
 *   group with at least two children, else every entry outside the groups below;
 * - a "for each scenario" group lists per-scenario sections: never scenario titles; its children
 *   that the template's sections already cover (first word Symptoms, Diagnosis, Resolution, Fix,
 *   Mitigation, Escalation) are dropped, the others become "For each scenario: …" tasks;
 * - every other non-header entry becomes a "- [ ]" task in the intro. Headers are never tasks.
 */
export function draftFromItem(item: { key: string; title: string; description: string; actionItems: string[] }): {
  title: string;
  body: string;
} {
  const { titles, tasks } = planFromActionItems(item.actionItems);
  const description = item.description.replace(/\r\n?/g, "\n").trim();
  const blocks = [
    `Drafted from ${collapse(item.key)}: ${withFullStop(collapse(item.title))}`,
    ...(description ? ["Context:", context(description)] : []),
    ...(tasks.length ? ["Before this runbook is ready:", tasks.map((task) => `- [ ] ${task}`).join("\n")] : []),
    ...(titles.length ? titles : ["First scenario"]).map(scenarioBlock),
  ];
  return { title: draftTitle(item.title), body: `${blocks.join("\n\n")}\n` };
}

/**
 * Reads a Markdown runbook file. A depth-1 heading is the runbook title when it is the document's
 * first heading and either the only depth-1 heading or directly followed by exportRunbook's
 * metadata line (so an exported runbook whose scenarios are `#` headings still round-trips). The
 * title heading and that metadata line are removed; everything else is the body.
 */
export function importRunbook(markdown: string, fileName?: string): { title: string; body: string } {
  const source = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blocks = parse(source).children;
  const index = blocks.findIndex(isHeading);
  const heading = blocks[index];
  const next = blocks[index + 1];
  const isMetadata = next !== undefined && isExportMetadata(next, source);
  const isTitle =
    heading?.type === "heading" &&
    heading.depth === 1 &&
    headingText(heading) !== "" &&
    (isMetadata || blocks.filter((b) => b.type === "heading" && b.depth === 1).length === 1);
  if (!isTitle) return { title: titleFromFileName(fileName), body: trimBlock(source) };
  const cut = isMetadata ? endOf(next) : endOf(heading);
  const body = [source.slice(0, startOf(heading)), source.slice(cut)].map(trimBlock).filter(Boolean).join("\n\n");
  return { title: clip(headingText(heading), MAX_TITLE_CHARS), body };
}

/**
 * A runbook as a standalone Markdown file: `# title`, a metadata blockquote
 * ("> Service: x · Revision 7 · Exported 2026-11-22", date of updatedAt in UTC), then the body.
 * importRunbook reverses it exactly, so export → import → export is stable. Titles are plain text:
 * paired inline Markdown in one (`code`, *emphasis*, ~strike~, backslash escapes) reads back flattened.
 */
export function exportRunbook(runbook: { title: string; body: string; service?: string; revision: number; updatedAt: Date }): string {
  const service = collapse(runbook.service ?? "");
  const metadata = [
    ...(service ? [`Service: ${service}`] : []),
    `Revision ${runbook.revision}`,
    `Exported ${runbook.updatedAt.toISOString().slice(0, 10)}`,
  ].join(" · ");
  return `${[`# ${headingLine(runbook.title)}`, `> ${metadata}`, trimBlock(runbook.body)].filter(Boolean).join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// Syntax tree helpers

/**
 * The CommonMark + GFM tree of a body, built in linear time (remark's list handling is quadratic).
 * A body nested deeper than the renderer shows as Markdown (stored before the limit existed) has
 * no structure: the page shows it as plain text.
 */
const parse = (markdown: string): Root => {
  // Saved bodies have LF line ends; a CR (an old draft) becomes a same-length LF so offsets still
  // index the caller's string (parseMarkdownFast would hand CR text to remark).
  const text = markdown.includes("\r") ? markdown.replace(/\r\n/g, " \n").replace(/\r/g, "\n") : markdown;
  return tooDeepAt(text) === null ? parseMarkdownFast(text) : { type: "root", children: [] };
};

const isHeading = (node: Nodes): node is Heading => node.type === "heading";

// remark-parse positions every node it builds; the fallbacks only satisfy the optional type.
const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? 0;

/** The nodes and all their descendants, in document (pre-)order. */
function descendants(nodes: readonly Nodes[], out: Nodes[] = []): Nodes[] {
  for (const node of nodes) {
    out.push(node);
    if ("children" in node) descendants(node.children, out);
  }
  return out;
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

const headingText = (heading: Heading): string => collapse(toString(heading));

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

interface Section {
  name: string;
  markdown: string;
  nodes: RootContent[];
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

// ---------------------------------------------------------------------------------------------
// Drill steps

// A section's kind is read from its first word, which covers "Diagnosis steps",
// "Resolution procedures", "Fix", "Mitigation", "Escalation path" and the like.
const SECTION_KIND_BY_FIRST_WORD: Record<string, ScenarioSection> = {
  symptoms: "Symptoms",
  diagnosis: "Diagnosis",
  resolution: "Resolution",
  fix: "Resolution",
  mitigation: "Resolution",
  escalation: "Escalation",
};

function sectionKind(name: string): ScenarioSection | undefined {
  const firstWord = /^\p{L}+/u.exec(name.trim().toLowerCase())?.[0] ?? "";
  return SECTION_KIND_BY_FIRST_WORD[firstWord];
}

/** The list items a drill checks off are the ones an operator acts on: Diagnosis and Resolution. */
const isDrillSection = (name: string): boolean => ["Diagnosis", "Resolution"].includes(sectionKind(name) ?? "");

/**
 * Every list item of the Diagnosis / Resolution sections (nested items flattened in document
 * order); failing that, one step per non-empty section; failing that, the scenario title.
 */
function drillSteps(title: string, sections: Section[]): DrillStep[] {
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

// ---------------------------------------------------------------------------------------------
// Drafts from backlog items

/** Entries starting with one of these verbs are top-level instructions, never a group's children. */
const GROUP_ENDING_VERBS = new Set(["include", "test", "create", "add", "write", "review", "verify", "update", "document"]);

const startsWithInstruction = (entry: string): boolean => GROUP_ENDING_VERBS.has(entry.split(" ")[0]?.toLowerCase() ?? "");

const isForEachScenario = (header: string): boolean => /for each scenario/i.test(header);

interface ActionEntry {
  text: string;
  /** Index of the header this entry belongs to; undefined for a top-level entry. */
  group: number | undefined;
}

/** Rebuilds the groups of a flattened action-item list (rule documented on draftFromItem). */
function outline(actionItems: string[]): { headers: string[]; entries: ActionEntry[] } {
  const headers: string[] = [];
  const entries: ActionEntry[] = [];
  let group: number | undefined;
  for (const text of actionItems.map(collapse).filter(Boolean)) {
    if (text.endsWith(":")) {
      group = headers.push(text) - 1;
      continue;
    }
    if (startsWithInstruction(text)) group = undefined;
    entries.push({ text, group });
  }
  return { headers, entries };
}

function scenarioGroup(headers: string[], entries: ActionEntry[]): number | undefined {
  const groups = headers
    .map((header, index) => ({ header, index, size: entries.filter((e) => e.group === index).length }))
    .filter((g) => !isForEachScenario(g.header));
  return (groups.find((g) => /scenario/i.test(g.header) && g.size > 0) ?? groups.find((g) => g.size >= 2))?.index;
}

function planFromActionItems(actionItems: string[]): { titles: string[]; tasks: string[] } {
  const { headers, entries } = outline(actionItems);
  const group = scenarioGroup(headers, entries);
  const inForEach = (e: ActionEntry) => e.group !== undefined && isForEachScenario(headers[e.group] ?? "");
  const isTitle = (e: ActionEntry) => (group === undefined ? !inForEach(e) : e.group === group);
  const tasks = entries
    .filter((e) => !isTitle(e) && !(inForEach(e) && sectionKind(e.text)))
    .map((e) => (inForEach(e) ? `For each scenario: ${e.text}` : e.text));
  return { titles: entries.filter(isTitle).map((e) => e.text), tasks };
}

/** "Create Operational Runbook for Harness Service" → "Operational Runbook for Harness Service". */
function draftTitle(itemTitle: string): string {
  const title = collapse(itemTitle);
  const stripped = title.replace(/^(?:create|write|document)\s+/i, "") || title;
  return clip(stripped.charAt(0).toUpperCase() + stripped.slice(1), MAX_TITLE_CHARS);
}

/**
 * Turns the description's headings into bold lines: a `#` or `##` in there would otherwise become
 * a scenario of the draft (or change the scenario level) and clutter the table of contents.
 */
function demoteHeadings(markdown: string): string {
  const headings = descendants([parse(markdown)]).filter(isHeading);
  return headings.reduceRight((text, h) => {
    const label = headingText(h);
    return text.slice(0, startOf(h)) + (label ? `**${label}**` : "") + text.slice(endOf(h));
  }, markdown);
}

// A blockquote closes every block opened inside it (an unclosed code fence, an HTML comment…), so
// quoted item text can never swallow the scenarios that follow it.
const quote = (markdown: string): string =>
  markdown
    .split("\n")
    .map((line) => (line.trim() ? `> ${line}` : ">"))
    .join("\n");

/**
 * The item's description, quoted. One nested as deeply as Markdown allows would be one level too
 * deep inside the quote (and shown as plain text), so it comes as an indented code block instead.
 */
function context(description: string): string {
  const quoted = quote(demoteHeadings(description));
  return tooDeepAt(quoted) === null ? quoted : description.split("\n").map((line) => `    ${line}`).join("\n");
}

const withFullStop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

// ---------------------------------------------------------------------------------------------
// Import / export

// Exactly the line exportRunbook writes; anything else in a leading blockquote is the author's.
const EXPORT_METADATA = /^> (?:Service: .+ · )?Revision \d+ · Exported \d{4}-\d{2}-\d{2}$/;

const isExportMetadata = (node: RootContent, source: string): boolean =>
  node.type === "blockquote" && EXPORT_METADATA.test(source.slice(startOf(node), endOf(node)));

/** "docs/harness-service_runbook.md" → "Harness service runbook". */
function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? "").split(/[\\/]/).pop() ?? "";
  const words = collapse(base.replace(/\.[^.]*$/, "").replace(/[-_]+/g, " "));
  return words ? clip(words.charAt(0).toUpperCase() + words.slice(1), MAX_TITLE_CHARS) : "Imported runbook";
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function scenarioBlock(title: string): string {
  const sections = SCENARIO_SECTIONS.map((name) => `### ${name}\n\n${SECTION_HINTS[name]}`);
  return [`## ${headingLine(title) || "New scenario"}`, ...sections].join("\n\n");
}

/**
 * Text that reads back as the same heading. Only what would break it is escaped: line breaks
 * (collapsed) and a trailing run of "#" after a space, which ATX reads as a closing sequence.
 * Everything else, "(> 25 minutes)" included, is plain heading content.
 */
function headingLine(title: string): string {
  return collapse(title).replace(/(^|\s)(#+)$/, "$1\\$2");
}

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** At most `max` characters (code points, so an emoji is never cut in half), "…" marking a cut. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

// Leading blank lines and trailing whitespace go; the first line's indentation stays because it
// can be meaningful (an indented code block).
const trimBlock = (text: string): string => text.replace(/^(?:[ \t]*\n)+/, "").trimEnd();
