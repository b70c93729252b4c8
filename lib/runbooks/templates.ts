import { SCENARIO_SECTIONS, type ScenarioSection } from "./scenario-sections";
import { headingLine } from "./text";

// The Markdown a new runbook and a new scenario start from. The editor inserts scenarios in the
// browser, so this module (and what it imports) must never pull in a Markdown parser.

const SECTION_HINTS: Record<ScenarioSection, string> = {
  Symptoms: "_What the operator sees: alerts, error messages, dashboards._",
  Diagnosis: "_How to confirm the cause: commands to run, logs and metrics to check._",
  Resolution: "_Steps that fix it, in order, with the exact commands._",
  Escalation: "_Who to call when this does not fix it, and what to tell them._",
};

/** Markdown for one scenario: a `##` heading and the four `###` sections with writing hints. */
export function scenarioTemplate(title: string): string {
  return `${scenarioBlock(title)}\n`;
}

/** The body a new, empty runbook starts with. */
export function blankRunbook(): string {
  return `_When to use this runbook and which service it covers._\n\n${scenarioTemplate("First scenario")}`;
}

/** scenarioTemplate without the final line end, for joining blocks (draft-from-item.ts). */
export function scenarioBlock(title: string): string {
  const sections = SCENARIO_SECTIONS.map((name) => `### ${name}\n\n${SECTION_HINTS[name]}`);
  return [`## ${headingLine(title) || "New scenario"}`, ...sections].join("\n\n");
}
