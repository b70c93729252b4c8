import { renderMarkdown } from "@/lib/markdown/render";
import type { DrillStep } from "./drill-steps";
import { outlineRunbook } from "./outline";

// What the runbook page shows of a body, computed in one go: the rendered text and the outline,
// cut to what the page lists. Plain data, so the worker thread can hand it back
// (lib/worker/jobs.ts); off-thread.ts decides where it runs.

/** Contents entries and drill scenarios listed at most (a body may hold thousands of headings). */
export const MAX_LISTED = 300;

export type RunbookPageView = {
  html: string;
  /** Headings down to level 3, for the table of contents; at most MAX_LISTED. */
  toc: { depth: number; text: string; anchor: string }[];
  /** Scenarios a drill can rehearse; at most MAX_LISTED. */
  scenarios: { anchor: string; title: string; stepCount: number }[];
  /** Set when the text could not be laid out in time and is shown as plain text. */
  notice?: string;
};

export function runbookPageView(body: string): RunbookPageView {
  const outline = outlineRunbook(body);
  return {
    html: renderMarkdown(body, { anchors: true, copyCode: true }),
    toc: outline.headings.filter((h) => h.depth <= 3).slice(0, MAX_LISTED),
    scenarios: outline.scenarios.slice(0, MAX_LISTED).map((s) => ({ anchor: s.anchor, title: s.title, stepCount: s.steps.length })),
  };
}

/**
 * The scenario a drill starts (by anchor or title) and its steps, or null when there is none.
 * `title` is the runbook's, the name of a runbook that is one scenario.
 */
export function runbookScenario({ body, scenario, title }: { body: string; scenario: string; title?: string }): { title: string; steps: DrillStep[] } | null {
  const found = outlineRunbook(body, { title }).scenarios.find((s) => s.anchor === scenario || s.title === scenario);
  return found ? { title: found.title, steps: found.steps } : null;
}
