import { decodeText } from "@/lib/markdown/decode";
import { bodySchema, bodySizeMessage, MAX_BODY_BYTES } from "./schemas";

// An uploaded runbook file's bytes as text, read like a plan upload (lib/markdown/decode.ts): UTF-8,
// UTF-16 with a BOM, Windows-1252 when the bytes are not UTF-8 ("Café" from an old Windows editor),
// mojibake repaired. Then the body's own rules (size in UTF-8, no U+0000, nesting depth).

const LIMIT = { maxBytes: MAX_BODY_BYTES, tooLarge: (bytes: number) => bodySizeMessage(bytes).replace(/^body: /, "") };

export type UploadReading = { ok: true; markdown: string } | { ok: false; error: string };

/** The file's text, or a message starting "file:" that says why it cannot be a runbook. */
export function readRunbookUpload(bytes: Uint8Array): UploadReading {
  const decoded = decodeText(bytes, LIMIT);
  if (!decoded.ok) return { ok: false, error: `file: ${decoded.error}` };
  const body = bodySchema.safeParse(decoded.text);
  if (!body.success) return { ok: false, error: `file: ${body.error.issues[0]?.message ?? "cannot be read as a runbook"}` };
  return { ok: true, markdown: body.data };
}
