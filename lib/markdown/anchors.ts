import type GithubSlugger from "github-slugger";

// Shared by the Markdown renderer (heading ids) and the runbook table of contents, so links from
// one always land on the other. The prefix keeps a heading named "location" or "__next_f" from
// becoming a global through named element access (window["location"]).
export const ANCHOR_PREFIX = "h-";

/** The id for the next heading with this text; pass one slugger per document, in document order. */
export function headingId(slugger: GithubSlugger, text: string): string {
  return ANCHOR_PREFIX + slugger.slug(text);
}
