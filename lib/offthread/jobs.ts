import { parsePlan, type ParseOptions } from "@/lib/importer/parse";
import { lineDiff } from "@/lib/runbooks/diff";
import { importRunbook } from "@/lib/runbooks/markdown-file";
import { runbookPageView, runbookScenario } from "@/lib/runbooks/page-view";

// The pure, CPU-heavy functions the server runs on its worker thread (pool.ts) instead of its
// request thread: long runbooks' rendering, outline and import, diffs between long revisions, and reading long plans. Each takes
// and returns plain data (structured-clone safe). Adding one here is all it takes to run it off-thread.

export const jobs = {
  runbookPageView,
  runbookScenario,
  lineDiff: ({ before, after }: { before: string; after: string }) => lineDiff(before, after),
  parsePlan: ({ text, options }: { text: string; options: ParseOptions }) => parsePlan(text, options),
  importRunbook: ({ markdown, fileName }: { markdown: string; fileName?: string }) => importRunbook(markdown, fileName),
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobInput<N extends JobName> = Parameters<Jobs[N]>[0];
export type JobOutput<N extends JobName> = ReturnType<Jobs[N]>;

export type JobRequest = { id: number; name: JobName; input: unknown };
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
