import type { ActionError } from "@/lib/result";

// An item write names the version it was based on, so a script never overwrites a change it has
// not seen. HTTP's way is the ETag read from GET (`"3"`) sent back as `If-Match` (a weak `W/"3"`
// too: the version is the whole comparison); a body's `version` field works as well, for clients
// that cannot set headers. Missing, both disagreeing, or `*` (any version: the very thing a version
// check exists to prevent) is a 400 naming `version`; we answer 400, not 428, so every refusal of
// input has one status and one body.

/** The ETag of an item at `version`. */
export const etagOf = (version: number) => `"${version}"`;

const TAG = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;

const refuse = (message: string): { error: ActionError } => ({ error: { code: "invalid", message: `version: ${message}`, fieldErrors: { version: [message] } } });

export function writeVersion(ifMatch: string | null, bodyVersion: number | undefined): { version: number } | { error: ActionError } {
  let fromHeader: number | undefined;
  if (ifMatch !== null) {
    const match = TAG.exec(ifMatch);
    if (!match) return refuse('If-Match must be one ETag as GET answered it, such as "3" or W/"3"');
    fromHeader = Number(match[1]);
    if (fromHeader < 1) return refuse("versions start at 1");
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) return refuse(`If-Match says ${fromHeader} but the body says ${bodyVersion}; send one`);
  const version = fromHeader ?? bodyVersion;
  if (version === undefined) return refuse('required: send the version you read as If-Match: "<version>" (the ETag of GET /api/v1/items/{id}) or a version field');
  return { version };
}
