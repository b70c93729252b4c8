import { tooDeepAt } from "@/lib/markdown/depth";
import { sectionKind } from "./scenario-sections";
import { descendants, endOf, headingText, isHeading, parse, startOf } from "./syntax-tree";
import { scenarioBlock } from "./templates";
import { clip, collapse, MAX_TITLE_CHARS } from "./text";

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
