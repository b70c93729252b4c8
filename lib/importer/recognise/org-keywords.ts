import { parseStatus } from "../clean";
import type { ItemStatus } from "../types";

// An Org file's own task keywords: "#+TODO: TODO KESKEN ODOTTAA | VALMIS PERUTTU" (also "#+SEQ_TODO:",
// "#+TYP_TODO:"), so a Finnish club writes "** KESKEN [#B] Lapin hiihtovaellus" and "** PERUTTU Syysleiri".
// Org reads the words before "|" as states still open and those after it as closed. A careful reader
// takes each word by what it says ("kesken" in progress, "odottaa" waiting, "peruttu" cancelled: the
// state words the importer knows), else by its place: the first open word is to do, later open ones
// under way; the first closed word is done, later closed ones given up. The outline reader
// (recognise/org-outline.ts) writes each such headline's keyword as the English one of that state.

const DIRECTIVE = /^#\+(?:SEQ_|TYP_)?TODO:[ \t]*(.*)$/i;
/** A keyword and its fast-access key or logging flags: "TODO(t)", "WAIT(w@/!)". */
const WORD = /^([^\s()|]{1,30})(?:\([^()\s]{0,10}\))?$/u;
const CANONICAL: Record<ItemStatus, string> = { not_started: "TODO", in_progress: "DOING", blocked: "WAITING", done: "DONE", wont_do: "CANCELLED" };

/** The custom keywords a document's "#+TODO:" lines define, each with the English keyword of its state. */
export function orgTodoKeywords(lines: readonly string[]): Map<string, string> {
  const keywords = new Map<string, string>();
  for (const line of lines) {
    const m = line.match(DIRECTIVE);
    if (!m) continue;
    const [open = "", closed = ""] = m[1]!.split("|");
    const words = (part: string) => part.trim().split(/\s+/).map((w) => w.match(WORD)?.[1]).filter((w): w is string => !!w);
    words(open).forEach((word, i) => keywords.set(word, CANONICAL[parseStatus(word.toLowerCase()) ?? (i === 0 ? "not_started" : "in_progress")]));
    words(closed).forEach((word, i) => keywords.set(word, CANONICAL[parseStatus(word.toLowerCase()) ?? (i === 0 ? "done" : "wont_do")]));
  }
  return keywords;
}

/** A headline's text with its custom keyword written as the English one ("KESKEN [#B] x" → "DOING [#B] x"). */
export function withCanonicalKeyword(rest: string, keywords: ReadonlyMap<string, string>): string {
  if (!keywords.size) return rest;
  const word = rest.match(/^(\S+)(?=[ \t]|$)/u)?.[1];
  const canonical = word ? keywords.get(word) : undefined;
  return canonical ? canonical + rest.slice(word!.length) : rest;
}
