import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readRunbookUpload } from "./read-upload";
import { MAX_BODY_BYTES } from "./schemas";

describe("readRunbookUpload", () => {
  it("reads a Windows-1252 file as Windows-1252, not as broken UTF-8", () => {
    const bytes = iconv.encode("# Café kiosk — outage\r\n\r\n## Diagnosis\r\n1. Check the café dashboard\r\n", "windows-1252");
    expect(readRunbookUpload(bytes)).toEqual({ ok: true, markdown: "# Café kiosk — outage\n\n## Diagnosis\n1. Check the café dashboard\n" });
  });

  it("reads UTF-8 with a BOM and UTF-16 alike", () => {
    const text = "# Café\n\nRésumé 🚀\n";
    expect(readRunbookUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ ok: true, markdown: text });
    expect(readRunbookUpload(new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]))).toEqual({ ok: true, markdown: text });
  });

  it("refuses, naming the file, what cannot be a runbook", () => {
    expect(readRunbookUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toEqual({ ok: false, error: "file: This looks like a binary file, not Markdown or text." });
    expect(readRunbookUpload(new TextEncoder().encode("  \n"))).toEqual({ ok: false, error: "file: The file is empty." });
    const tooLarge = readRunbookUpload(new Uint8Array(MAX_BODY_BYTES + 1).fill(0x61));
    expect(tooLarge.ok ? "" : tooLarge.error).toMatch(/^file: 1\.0 MB is too large; a runbook may hold at most 1 MB/);
    const deep = readRunbookUpload(new TextEncoder().encode(`${"> ".repeat(200)}x`));
    expect(deep.ok ? "" : deep.error).toMatch(/^file: Markdown nested deeper than/);
  });
});
