// How large an imported plan may be, in one place for every gate it passes: the import form
// (refuses before sending), the proxy (answers 413 for a request Next would otherwise refuse with
// a bare 500), the server action's schema and the decoder (the CLI's only gate).
// Free of server code, so the browser bundle can import it.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The most a server action's request body may carry: next.config.ts sets Next's
 * `serverActions.bodySizeLimit` to this ("6mb"), the plan plus room for the form's other fields
 * (the kept rule proposals travel as JSON). limits.test.ts checks the two agree.
 */
export const MAX_ACTION_BODY_BYTES = 6 * 1024 * 1024;

/** Megabytes with one decimal, rounded up, so 5 MB + 1 byte never reads "5.0 MB". */
const mb = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);

/** "The file is 7.0 MB; the limit is 5 MB." */
export const importSizeMessage = (bytes: number, what = "file") => `The ${what} is ${mb(bytes)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
