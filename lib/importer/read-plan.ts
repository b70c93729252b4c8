import { OffThreadTimeout, runOffThread } from "@/lib/offthread/pool";
import { parsePlan, type ParseOptions } from "./parse";
import type { ParseResult } from "./types";

/**
 * Plans longer than this are read on the worker thread: a 5 MB plan takes seconds (lib/offthread/pool.ts).
 * Reading costs about 20 µs per heading or list entry, so 8 KB of the densest shape (2,000 one-word
 * headings) is ~45 ms on an idle core, and stays under 200 ms on a loaded one; the hop to the worker
 * costs a few milliseconds, so nothing longer is worth holding the request thread for.
 */
export const PLAN_INLINE_MAX_CHARS = 8 * 1024;

/** parsePlan, off the request thread for a long text; null if it ran out of time. */
export async function readPlan(text: string, options: ParseOptions): Promise<ParseResult | null> {
  if (text.length <= PLAN_INLINE_MAX_CHARS) return parsePlan(text, options);
  try {
    return await runOffThread("parsePlan", { text, options }, { timeoutMs: 60_000 });
  } catch (error) {
    if (error instanceof OffThreadTimeout) return null;
    throw error;
  }
}

