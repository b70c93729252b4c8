import { escapeHtml } from "@/lib/markdown/render";
import { memoizeLongText } from "@/lib/offthread/memo";
import { OffThreadTimeout, runOffThread } from "@/lib/offthread/pool";
import { lineDiff, type DiffHunk } from "./diff";
import { importRunbook } from "./markdown-file";
import { runbookPageView, runbookScenario, type RunbookPageView } from "./page-view";

// Where a runbook's heavy work runs. Bodies up to INLINE_MAX_CHARS are handled on the request
// thread (the worst such text costs well under 200 ms: components/markdown.perf.test.ts); longer
// ones on the worker thread (lib/offthread/pool.ts), so a 1 MB body's seconds of parsing never hold
// up anyone else's request. Page views of long bodies are kept (lib/offthread/memo.ts): only the
// first view of a revision pays.

export const INLINE_MAX_CHARS = 16 * 1024;
// Seconds on a quiet machine for the worst 1 MB body; a loaded one (a CI run, a busy instance) can take
// ten times that before the plain-text fallback is the better answer.
const TIMEOUT_MS = 60_000;

const cachedView = memoizeLongText((body: string) => runOffThread("runbookPageView", body, { timeoutMs: TIMEOUT_MS }), {
  minLength: INLINE_MAX_CHARS,
  maxChars: 64 * 1024 * 1024,
  // The rendered HTML is a few times the text's length.
  size: (_view, body) => 4 * body.length,
});

/** The runbook page's text and outline; a body that cannot be laid out in time is shown as plain text. */
export async function loadRunbookPageView(body: string): Promise<RunbookPageView> {
  if (body.length <= INLINE_MAX_CHARS) return runbookPageView(body);
  try {
    return await cachedView(body);
  } catch (error) {
    if (!(error instanceof OffThreadTimeout)) throw error;
    return {
      html: `<pre class="whitespace-pre-wrap font-mono text-xs">${escapeHtml(body)}</pre>`,
      toc: [],
      scenarios: [],
      notice: "This runbook is shown as plain text: laying it out took too long. Try again in a minute, or split it into smaller runbooks.",
    };
  }
}

/** The scenario a drill starts and its steps (see runbookScenario). */
export async function findScenario(body: string, scenario: string, title?: string) {
  return body.length <= INLINE_MAX_CHARS ? runbookScenario({ body, scenario, title }) : runOffThread("runbookScenario", { body, scenario, title }, { timeoutMs: TIMEOUT_MS });
}

/** Line diff between two revisions (see lineDiff); long ones on the worker thread. */
export async function diffRevisions(before: string, after: string): Promise<DiffHunk[]> {
  return before.length + after.length <= INLINE_MAX_CHARS ? lineDiff(before, after) : runOffThread("lineDiff", { before, after }, { timeoutMs: TIMEOUT_MS });
}

/** A Markdown runbook file's title and body (see importRunbook); long ones on the worker thread. */
export async function readRunbookFile(markdown: string, fileName?: string): Promise<{ title: string; body: string }> {
  return markdown.length <= INLINE_MAX_CHARS ? importRunbook(markdown, fileName) : runOffThread("importRunbook", { markdown, fileName }, { timeoutMs: TIMEOUT_MS });
}
