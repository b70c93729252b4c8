// The importer's reading of a plan's bytes: the shared decoder (lib/markdown/decode.ts) with the
// import's size limit and its message.
import { decodeText, type DecodeResult } from "@/lib/markdown/decode";
import { importSizeMessage, MAX_IMPORT_BYTES } from "./limits";

export { repairMojibake, type DecodeResult } from "@/lib/markdown/decode";
export { MAX_IMPORT_BYTES };

const IMPORT_LIMIT = { maxBytes: MAX_IMPORT_BYTES, tooLarge: (bytes: number) => importSizeMessage(bytes) };

/** bytes -> normalised text, or a clear error. Never throws. */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  return decodeText(bytes, IMPORT_LIMIT);
}
