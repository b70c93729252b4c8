import { parsePlan, type ParseOptions } from "@/lib/importer/parse";
import { lineDiff } from "@/lib/runbooks/diff";
import { importRunbook } from "@/lib/runbooks/markdown-file";
import { runbookPageView, runbookScenario } from "@/lib/runbooks/page-view";

// The pure, CPU-heavy functions the server runs on its worker thread (lib/offthread/pool.ts) instead
// of its request thread: long runbooks' rendering, outline and import, diffs between long
// revisions, and reading long plans. Each takes and returns plain data (structured-clone safe).
// Adding one here is all it takes to run it off-thread. This registry and the worker's entry
// (worker.ts) sit above the areas whose functions they run; the pool sits below them, and learns
// the jobs' types from the declaration below rather than by importing this file.

export const jobs = {
  runbookPageView,
  runbookScenario,
  lineDiff: ({ before, after }: { before: string; after: string }) => lineDiff(before, after),
  parsePlan: ({ text, options }: { text: string; options: ParseOptions }) => parsePlan(text, options),
  importRunbook: ({ markdown, fileName }: { markdown: string; fileName?: string }) => importRunbook(markdown, fileName),
};

export type Jobs = typeof jobs;

declare module "@/lib/offthread/pool" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the registry's types into the pool's interface
  interface OffThreadJobs extends Jobs {}
}
