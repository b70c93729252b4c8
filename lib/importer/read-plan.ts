import { OffThreadTimeout, runOffThread } from "@/lib/offthread/pool";
import { parsePlan, type ParseOptions } from "./parse";
import type { ParseResult } from "./types";

/** Plans longer than this are read on the worker thread: a 5 MB plan takes seconds (lib/offthread/pool.ts). */
const INLINE_MAX_CHARS = 16 * 1024;

/** parsePlan, off the request thread for a long text; null if it ran out of time. */
export async function readPlan(text: string, options: ParseOptions): Promise<ParseResult | null> {
  if (text.length <= INLINE_MAX_CHARS) return parsePlan(text, options);
  try {
    return await runOffThread("parsePlan", { text, options }, { timeoutMs: 60_000 });
  } catch (error) {
    if (error instanceof OffThreadTimeout) return null;
    throw error;
  }
}

