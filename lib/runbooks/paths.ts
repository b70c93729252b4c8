// A runbook's addresses, without zod or the slug rules: links in the browser import this.

/** The path of a runbook page (or of one under it): `runbookPath(slug, "edit")` → "/runbooks/storung/edit". */
export function runbookPath(slug: string, ...rest: string[]): string {
  return ["/runbooks", encodeURIComponent(slug), ...rest].join("/");
}

/** GET /api/v1/runbooks/{slug}/markdown for this runbook. */
export const runbookMarkdownPath = (slug: string) => `/api/v1/runbooks/${encodeURIComponent(slug)}/markdown`;
