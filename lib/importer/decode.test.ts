import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeDocument, MAX_IMPORT_BYTES, repairMojibake, type DecodeResult } from "./decode";

const SEEDS = new URL("../../db/demo/seeds/", import.meta.url);
const seed = (name: string) => new Uint8Array(readFileSync(new URL(name, SEEDS)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const lineCount = (s: string) => s.split(/\r\n|\r|\n/).length;

function okText(result: DecodeResult): { text: string; warnings: { line: number; message: string }[] } {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result;
}

// Apple logo: Mac Roman 0xF0, the first byte of every emoji; invisible in most fonts.
const APPLE = "\uF8FF";

describe("decodeDocument: rejections", () => {
  it("rejects an empty file and a whitespace-only file", () => {
    expect(decodeDocument(new Uint8Array())).toEqual({ ok: false, error: "The file is empty." });
    expect(decodeDocument(utf8(" \n\r\n\t  \n"))).toEqual({ ok: false, error: "The file is empty." });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, error: "The file is empty." });
  });

  it("rejects a file with a NUL byte or mostly control characters as binary", () => {
    const error = "This looks like a binary file, not Markdown or text.";
    expect(decodeDocument(new Uint8Array([0x23, 0x20, 0x41, 0x00, 0x42]))).toEqual({ ok: false, error });
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61));
    expect(decodeDocument(controls)).toEqual({ ok: false, error });
    // A few escape characters in otherwise normal text are not binary.
    expect(decodeDocument(utf8("# Log\n\u001b[31mred\u001b[0m and plenty of ordinary text here\n")).ok).toBe(true);
  });

  it("rejects a file over the limit, stating its size", () => {
    expect(decodeDocument(new Uint8Array(6 * 1024 * 1024).fill(0x61))).toEqual({
      ok: false,
      error: "The file is 6.0 MB; the limit is 5 MB.",
    });
    expect(decodeDocument(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).ok).toBe(true);
  });
});

describe("decodeDocument: encodings and newlines", () => {
  it("strips a UTF-8 BOM and normalises CRLF and lone CR to LF", () => {
    const { text, warnings } = okText(decodeDocument(utf8("\uFEFF# Plan\r\n- a\r- b\n")));
    expect(text).toBe("# Plan\n- a\n- b\n");
    expect(warnings).toEqual([]);
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    const source = "# Plän ✅\r\n- 🎯 item\n";
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(source, "utf16le"))]);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(okText(decodeDocument(le)).text).toBe("# Plän ✅\n- 🎯 item\n");
    expect(okText(decodeDocument(be)).text).toBe("# Plän ✅\n- 🎯 item\n");
  });

  it("falls back to Windows-1252 for invalid UTF-8 and names the first bad line", () => {
    const bytes = new Uint8Array([...utf8("# Menu\r\n\r\nTea\n"), 0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]);
    const { text, warnings } = okText(decodeDocument(bytes));
    expect(text).toBe("# Menu\n\nTea\nCafé “ok”\n");
    expect(warnings).toEqual([{ line: 4, message: "The file is not valid UTF-8; read it as Windows-1252." }]);
  });

  it("repairs mojibake and reports one warning at the first repaired line", () => {
    const { text, warnings } = okText(decodeDocument(utf8("# Plan\n\nIt\u00e2\u20ac\u2122s done ðŸš€\n")));
    expect(text).toBe("# Plan\n\nIt’s done 🚀\n");
    expect(warnings).toEqual([
      { line: 3, message: "Repaired 2 mis-decoded characters (UTF-8 read as Windows-1252)." },
    ]);
  });
});

describe("repairMojibake", () => {
  const cases: [string, string][] = [
    ["## ðŸŽ¯ **Executive Summary**", "## 🎯 **Executive Summary**"],
    ["### **âœ… Strengths**", "### **✅ Strengths**"],
    ["ðŸš€ ðŸ“Š ðŸ”§ ðŸ”’ ðŸ“ˆ ðŸ”„", "🚀 📊 🔧 🔒 📈 🔄"],
    [`## ${APPLE}üéØ Code Quality Refinements`, "## 🎯 Code Quality Refinements"],
    ["## üéØ Code Quality Refinements", "## 🎯 Code Quality Refinements"], // logo dropped
    [
      [..."🚀🔒📊🧪📚🎨🔧📈🔄📝"].map((e) => APPLE + iconv.decode(Buffer.from(e), "macintosh").slice(1)).join(" "),
      "🚀 🔒 📊 🧪 📚 🎨 🔧 📈 🔄 📝",
    ],
    [`${APPLE}üï∑Ô∏è Scraper`, "🕷️ Scraper"],
    ["â€™ â€œquotedâ€\u009d â€” cafÃ©", "’ “quoted” — café"],
    ["ðŸš€ðŸ”’", "🚀🔒"], // back to back in one run
    ["éðŸŽ¯ and ðŸŽ¯é", "é🎯 and 🎯é"], // real text next to mojibake
  ];
  it.each(cases)("repairs %j", (input, expected) => {
    const result = repairMojibake(input);
    expect(result.text).toBe(expected);
    expect(result.repairs).toBeGreaterThan(0);
  });

  it("leaves real text untouched", () => {
    const real = "café naïve 日本語 — ✓ 🎯 ❌ ✅ → “École” „Fuß“ “Über” Grüße süß ½ © ® ° ±5";
    expect(repairMojibake(real)).toEqual({ text: real, repairs: 0 });
  });

  it("never touches ASCII or changes the number of lines", () => {
    const input = "a\r\nðŸš€\n\nâ€™x\rb\u0085c\u2028d ü\n";
    const { text } = repairMojibake(input);
    expect(text.replace(/[^\x20-\x7e\r\n]/g, "")).toBe(input.replace(/[^\x20-\x7e\r\n]/g, ""));
    expect(lineCount(text)).toBe(lineCount(input));
  });
});

describe("decodeDocument on the demo seeds", () => {
  it.each(["000_a0a50574bb875801.txt", "001_0a30bf69f9c96dff.txt", "002_ffc60b89eeec65e0.txt"])(
    "keeps clean UTF-8 %s identical",
    (name) => {
      const bytes = seed(name);
      const expected = new TextDecoder().decode(bytes).replace(/\r\n?/g, "\n");
      const { text, warnings } = okText(decodeDocument(bytes));
      expect(text).toBe(expected);
      expect(warnings).toEqual([]);
    },
  );

  it("keeps the real emoji of seed 002", () => {
    const { text } = okText(decodeDocument(seed("002_ffc60b89eeec65e0.txt")));
    for (const emoji of ["❌", "✅", "→"]) expect(text).toContain(emoji);
  });

  const MARKERS = /ð|Ÿ|â€|Ã|\uF8FF|ü[^\x00-\x7f]|Ô∏|âœ/;
  it.each([
    ["003_1d45a22e22206bb9.txt", "Windows-1252", ["🎯", "✅", "🚀", "📊", "🔧", "🔒", "📈", "🔄"]],
    ["004_04cd00e10d707829.txt", "Mac Roman", ["🎯", "🚀", "🔒", "📊", "🧪", "📚", "🎨", "🔧", "🕷️", "📈", "🔄", "📝"]],
  ])("repairs the mojibake of %s (%s)", (name, encoding, emoji) => {
    const bytes = seed(name);
    const source = new TextDecoder().decode(bytes);
    const { text, warnings } = okText(decodeDocument(bytes));
    const headings = text.split("\n").filter((line) => /^#{1,6} /.test(line));
    expect(headings.filter((h) => MARKERS.test(h))).toEqual([]);
    for (const e of emoji) expect(headings.some((h) => h.includes(e)), e).toBe(true);
    expect(text).not.toMatch(MARKERS);
    expect(lineCount(text)).toBe(lineCount(source));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(new RegExp(`^Repaired \\d+ mis-decoded characters \\(UTF-8 read as ${encoding}\\)\\.$`));
    expect(warnings[0]!.line).toBe(source.split("\n").findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1);
  });
});
