import type { Heading } from "mdast";
import { cleanHeading, headingStatus } from "./clean";
import type { Section } from "./context";
import { lineOf, plainText } from "./markdown";
import { findPriorityLabel, stripPriorityLabel } from "./priority";

const METRICS = /\b(metrics?|kpis?|slos?|success criteria|targets|key results|okrs?|measures of success)\b/i;
const LEGEND = /\b(legend|status key|key to (?:the )?marks|definition of done|dod)\b/i;
const RANKING = /^\W*(?:critical|highest|high|medium|normal|low|lowest)\s+priority\W*$|^\W*priority\s*[:\-–—]\s*\w+\W*$/i;
const TASKS = /\b(to-?dos?|tasks?|backlog|roadmap|next steps|action items|work items|deliverables|improvements)\b/i;

/** What a heading means for the nodes under it: category, priority, status, and section kind. */
export function sectionFromHeading(node: Heading): Section {
  const raw = plainText(node);
  const priorityLabel = findPriorityLabel(raw, { headingOnly: true });
  const withoutPriority = priorityLabel ? stripPriorityLabel(raw) : raw;
  const segments = withoutPriority
    .split(/\s+[›»>]\s+/)
    .map(cleanHeading)
    .filter(Boolean);
  const kind = LEGEND.test(raw) ? "legend" : RANKING.test(raw) ? "ranking" : METRICS.test(raw) ? "metrics" : TASKS.test(raw) ? "tasks" : null;
  return { depth: node.depth, segments, priorityLabel, status: headingStatus(raw), kind, raw, line: lineOf(node) };
}
