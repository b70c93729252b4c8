// A runbook body's size limit and its message, without zod: the editor and the upload check it in
// the browser before sending (schemas.ts checks it again on the server).

/** 1 MiB of UTF-8: room for a long runbook with pasted logs, small enough to diff and render. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const bodySizeMessage = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(1)} MB is too large; a runbook may hold at most 1 MB. Split it into several runbooks or link long logs instead of pasting them.`;
