// Turns the raw bytes of an uploaded Markdown document (a plan for the importer, a runbook file)
// into clean text: size/empty/binary checks, BOM and UTF-16 handling, a Windows-1252 (or, for Central European text, Windows-1250) fallback for files that are not UTF-8, newline normalisation
// and the repair of mojibake (UTF-8 that some tool decoded as Windows-1252 or Mac Roman and
// saved again, e.g. "ðŸŽ¯" or "üéØ" for 🎯).
// Shared below both importers (lib/importer, lib/runbooks sit on one layer and may not import each
// other); each passes its own size limit and wording.
import iconv from "iconv-lite";
import { prefersCentralEuropean } from "./code-pages";

/** A note about the reading, on a 1-based line (the importer's ImportWarning has this shape). */
export interface DecodeWarning {
  line: number;
  message: string;
}

export type DecodeResult = { ok: true; text: string; warnings: DecodeWarning[] } | { ok: false; error: string };

/** The caller's size limit in bytes, and its message for a file over it. */
export interface DecodeLimit {
  maxBytes: number;
  tooLarge: (bytes: number) => string;
}

type TableName = "Windows-1252" | "Mac Roman";
type Table = { name: TableName; encode: Map<string, number> };

// ignoreBOM: BOMs are stripped explicitly, and a repaired "ï»¿" must not silently vanish.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** char -> byte for 0x80–0xFF of a single-byte code page, built from iconv-lite's decode table. */
function buildTable(name: TableName, encoding: "windows-1252" | "macintosh"): Table {
  const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  const encode = new Map<string, number>();
  Array.from(iconv.decode(high, encoding)).forEach((ch, i) => {
    if (ch !== "\uFFFD") encode.set(ch, 0x80 + i);
  });
  if (name === "Windows-1252") {
    // Lenient decoders (browsers, latin1) pass bytes 0x81/0x8D/0x8F/0x90/0x9D (and, in latin1,
    // all of 0x80–0x9F) through as the C1 control of the same value: "â€\u009d" is "”".
    for (let b = 0x80; b <= 0x9f; b++) encode.set(String.fromCharCode(b), b);
  } else {
    // iconv-lite leaves 0xF0 undefined; macOS decodes it as the Apple logo U+F8FF. It is the first
    // byte of every 4-byte UTF-8 sequence, so every emoji mojibake starts with it.
    encode.set("\uF8FF", 0xf0);
  }
  return { name, encode };
}

const TABLES: readonly Table[] = [buildTable("Windows-1252", "windows-1252"), buildTable("Mac Roman", "macintosh")];

/** Length of the valid UTF-8 sequence starting at i (1 for ASCII), or 0 if there is none. */
function seqLen(b: ArrayLike<number | undefined>, i: number): number {
  const b0 = b[i];
  if (b0 === undefined) return 0;
  if (b0 < 0x80) return 1;
  let n = 0;
  let lo = 0x80;
  let hi = 0xbf;
  // Second-byte limits exclude overlongs (E0, F0), surrogates (ED) and code points > U+10FFFF (F4).
  if (b0 >= 0xc2 && b0 <= 0xdf) n = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) [n, lo, hi] = [3, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [n, lo, hi] = [4, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf];
  else return 0;
  for (let k = 1; k < n; k++) {
    const c = b[i + k];
    if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 0;
  }
  return n;
}

type Mojibake = { chars: number; bytes: number[] };

/**
 * The longest stretch from i that encodes (one byte per char, `enc` holds each char's byte in
 * one table, undefined where it has none) to valid UTF-8 and is a plausible repair.
 */
function mojibakeAt(enc: readonly (number | undefined)[], i: number, macRoman: boolean): Mojibake {
  const bytes: number[] = [];
  let k = i;
  for (;;) {
    let seq = enc.slice(k, k + seqLen(enc, k));
    // Tools often drop the Apple logo U+F8FF (private use, usually invisible), leaving "üéØ".
    // Every emoji is F0 9F xx xx, so a Mac Roman "ü" (9F) + two continuations gets its F0 back.
    if (seq.length < 2 && macRoman && enc[k] === 0x9f && seqLen([0xf0, ...enc.slice(k, k + 3)], 0) === 4) {
      seq = enc.slice(k, k + 3);
      bytes.push(0xf0);
    }
    if (seq.length < 2 || (seq[0] === 0xc2 && seq[1]! < 0xa0)) break; // none, or a C1 control: not text
    bytes.push(...(seq as number[]));
    k += seq.length;
  }
  // A lone 2-byte sequence landing outside Latin-1 is far more often real text than mojibake:
  // Mac Roman “Ü (D2 86) in “Über”, “É in “École”, Windows-1252 ß“ (DF 93) in „Fuß“.
  // Leads C2/C3 decode to U+00A0–U+00FF and stay allowed ("Ã©" -> "é").
  if (bytes.length === 2 && bytes[0]! > 0xc3) return { chars: 0, bytes: [] };
  return { chars: k - i, bytes };
}

type RepairDetail = { text: string; repairs: number; firstOffset: number; tables: Set<TableName> };

function repairDetailed(text: string): RepairDetail {
  let repairs = 0;
  let firstOffset = -1;
  const tables = new Set<TableName>();
  // Mojibake of UTF-8 consists of bytes >= 0x80 only, so it never spans ASCII (or a newline).
  const out = text.replace(/[\u0080-\u{10ffff}]+/gu, (run: string, offset: number) => {
    const chars = Array.from(run);
    const encoded = TABLES.map((t) => chars.map((c) => t.encode.get(c)));
    let result = "";
    // Greedy, left to right: the longest repairable stretch at each position (the whole run when
    // it is all mojibake), else keep one char. Handles "ðŸš€ðŸ”’" and "éðŸŽ¯" alike.
    for (let i = 0; i < chars.length; ) {
      let best: Mojibake = { chars: 0, bytes: [] };
      let bestTable = 0;
      TABLES.forEach((table, t) => {
        const found = mojibakeAt(encoded[t]!, i, table.name === "Mac Roman");
        if (found.chars > best.chars) [best, bestTable] = [found, t];
      });
      if (best.chars === 0) {
        result += chars[i];
        i += 1;
        continue;
      }
      const fixed = strictUtf8.decode(Uint8Array.from(best.bytes));
      result += fixed;
      repairs += Array.from(fixed).length;
      tables.add(TABLES[bestTable]!.name);
      if (firstOffset < 0) firstOffset = offset;
      i += best.chars;
    }
    return result;
  });
  return { text: out, repairs, firstOffset, tables };
}

/** Repairs mojibake runs in a string (UTF-8 that was decoded as Windows-1252 or as Mac Roman). Never touches ASCII, never changes the number of lines. */
export function repairMojibake(text: string): { text: string; repairs: number } {
  const { text: out, repairs } = repairDetailed(text);
  return { text: out, repairs };
}

/** 1-based line of a UTF-16 offset, counting CRLF, CR and LF as one line break each. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).replace(/\r\n?/g, "\n").split("\n").length;
}

/** NUL anywhere, or more than 10% control characters (other than tab/LF/FF/CR) in the first 8 KB. */
function looksBinary(text: string): boolean {
  if (text.includes("\0")) return true;
  const head = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls > head.length * 0.1;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const le = bytes.slice();
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(le.subarray(2));
}

/** Windows-1252, byte for byte; undefined bytes become the C1 control of the same value (as browsers do). */
function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(bytes, "windows-1252").replace(/\uFFFD/g, (_, i: number) => String.fromCharCode(bytes[i]!));
}

function decode(bytes: Uint8Array, limit: DecodeLimit): DecodeResult {
  if (bytes.length > limit.maxBytes) return { ok: false, error: limit.tooLarge(bytes.length) };
  const warnings: DecodeWarning[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes, false);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(bytes, true);
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = strictUtf8.decode(body);
    } catch {
      text = decodeWindows1252(body);
      // A Central European file (Hungarian "ő", Polish "ł") reads as the language it is in Windows-1250 (code-pages.ts).
      const central = iconv.decode(body, "windows-1250");
      const page = prefersCentralEuropean(text, central) ? "Windows-1250" : "Windows-1252";
      if (page === "Windows-1250") text = central;
      let bad = 0;
      for (let n = seqLen(body, 0); n > 0; n = seqLen(body, bad)) bad += n;
      warnings.push({ line: lineAt(text, bad), message: `The file is not valid UTF-8; read it as ${page}.` });
    }
  }
  if (looksBinary(text)) return { ok: false, error: "This looks like a binary file, not Markdown or text." };
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, error: "The file is empty." };

  const repaired = repairDetailed(text);
  if (repaired.repairs > 0) {
    const n = repaired.repairs;
    warnings.push({
      line: lineAt(text, repaired.firstOffset),
      message: `Repaired ${n} mis-decoded character${n === 1 ? "" : "s"} (UTF-8 read as ${[...repaired.tables].join(" and ")}).`,
    });
  }
  // A BOM that had itself been mis-decoded ("ï»¿") comes back as U+FEFF; drop it like a real one.
  return { ok: true, text: repaired.text.replace(/^\uFEFF/, ""), warnings };
}

/** bytes -> normalised text, or a clear error. Never throws. */
export function decodeText(bytes: Uint8Array, limit: DecodeLimit): DecodeResult {
  try {
    return decode(bytes, limit);
  } catch {
    return { ok: false, error: "The file could not be read as text." };
  }
}
