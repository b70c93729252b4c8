import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeDocument, type DecodeResult } from "./decode";
import { markdownArb, MD_CHARS } from "./plan-arbitraries";
import { parsePlan } from "./parse";
import type { ParseResult } from "./types";

// Property-based tests of the importer: random strings, random bytes, random Markdown built from the
// shapes plans use, and random mutations of the real documents. Seeds are random on purpose (more
// coverage over time); on a failure fast-check prints the seed, the path and the shrunk input, e.g.
// `fc.assert(prop, { seed: 123, path: "4:1:0" })` replays it.

const PRIORITIES = new Set(["P0", "P1", "P2", "P3"]);
const STATUSES = new Set(["not_started", "in_progress", "blocked", "done", "wont_do"]);

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Lines as remark counts them: CRLF, CR and LF each end a line. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** The invariants every parse result must satisfy, whatever the input. */
function checkInvariants(text: string, result: ParseResult) {
  const lines = lineCount(text);
  expect(Array.isArray(result.items)).toBe(true);
  expect(Array.isArray(result.slaPolicies)).toBe(true);
  expect(Array.isArray(result.metrics)).toBe(true);
  expect(Array.isArray(result.shapes)).toBe(true);
  for (const item of result.items) {
    const where = `item at line ${item.line} (${JSON.stringify(item.title)})`;
    expect(typeof item.title, where).toBe("string");
    expect(item.title.trim(), `${where}: title is blank`).not.toBe("");
    expect(item.title, `${where}: title is not trimmed`).toBe(item.title.trim());
    expect(Number.isInteger(item.line), `${where}: line is not an integer`).toBe(true);
    expect(item.line, `${where}: line < 1`).toBeGreaterThanOrEqual(1);
    expect(item.line, `${where}: line beyond the ${lines} lines of the text`).toBeLessThanOrEqual(lines);
    expect(Array.isArray(item.category), `${where}: category is not an array`).toBe(true);
    for (const segment of item.category) {
      expect(typeof segment, `${where}: category segment`).toBe("string");
      expect(segment, `${where}: empty category segment in ${JSON.stringify(item.category)}`).not.toBe("");
    }
    for (const entry of item.checklist) {
      expect(typeof entry.text, `${where}: checklist text`).toBe("string");
      expect(entry.text.trim(), `${where}: empty checklist entry`).not.toBe("");
    }
    expect(item.priority === null || PRIORITIES.has(item.priority), `${where}: priority ${String(item.priority)}`).toBe(true);
    expect(STATUSES.has(item.status), `${where}: status ${String(item.status)}`).toBe(true);
    expect(item.done, `${where}: done=${item.done} but status=${item.status}`).toBe(item.status === "done");
  }
  for (const warning of result.warnings) {
    expect(Number.isInteger(warning.line), `warning line ${warning.line}: ${warning.message}`).toBe(true);
    expect(warning.line, `warning line < 1: ${warning.message}`).toBeGreaterThanOrEqual(1);
  }
}

/** Parses, checks the invariants, parses again and requires the same result. */
function parseChecked(text: string): ParseResult {
  const first = parsePlan(text);
  checkInvariants(text, first);
  expect(parsePlan(text), "parsing the same text twice gave different results").toEqual(first);
  return first;
}

/** decodeDocument's contract: never throws, a well-formed result, normalised text. */
function decodeChecked(bytes: Uint8Array): DecodeResult {
  const result = decodeDocument(bytes);
  if (!result.ok) {
    expect(typeof result.error).toBe("string");
    expect(result.error).not.toBe("");
    return result;
  }
  expect(typeof result.text).toBe("string");
  expect(result.text, "decoded text still has a CR").not.toMatch(/\r/);
  expect(result.text.trim(), "decoded text is blank but ok").not.toBe("");
  for (const warning of result.warnings) {
    expect(Number.isInteger(warning.line), `decode warning line ${warning.line}: ${warning.message}`).toBe(true);
    expect(warning.line, `decode warning line < 1: ${warning.message}`).toBeGreaterThanOrEqual(1);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 1. Random strings and bytes
// ---------------------------------------------------------------------------------------------

/** Characters that mean something to Markdown or to the recognisers. */

describe("parsePlan on random strings", () => {
  it("holds its invariants for unicode strings (graphemes)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", size: "large" }), (text) => void parseChecked(text)),
      { numRuns: 200 },
    );
  });

  it("holds its invariants for any UTF-16 code unit sequence, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", size: "large" }), (text) => void parseChecked(text)),
      { numRuns: 200 },
    );
  });

  it("holds its invariants for strings of Markdown syntax characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...MD_CHARS), size: "medium" }), (text) => void parseChecked(text)),
      { numRuns: 200 },
    );
  });
});

describe("decodeDocument on random bytes", () => {
  it("never throws and returns a well-formed result for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ size: "large" }), (bytes) => {
        const first = decodeChecked(bytes);
        expect(decodeDocument(bytes)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws for bytes after a BOM (UTF-8, UTF-16 LE/BE) or mostly high bytes", () => {
    const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    const body = fc.oneof(
      fc.uint8Array({ size: "large" }),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { size: "large" }).map((a) => Uint8Array.from(a)),
      fc.string({ unit: "binary", size: "large" }).map(utf8),
    );
    fc.assert(
      fc.property(bom, body, (prefix, rest) => {
        const bytes = Uint8Array.from([...prefix, ...rest]);
        const decoded = decodeChecked(bytes);
        if (decoded.ok) parseChecked(decoded.text);
      }),
      { numRuns: 200 },
    );
  });

  it("gives back printable ASCII text unchanged (LF endings), and the parser copes with it", () => {
    const ascii = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), fc.constant("\n")), size: "medium" });
    fc.assert(
      fc.property(ascii, (text) => {
        const decoded = decodeChecked(utf8(text));
        if (text.trim() === "") {
          expect(decoded.ok).toBe(false);
          return;
        }
        expect(decoded).toEqual({ ok: true, text, warnings: [] });
        parseChecked(text);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Random Markdown in the shapes plans use
// ---------------------------------------------------------------------------------------------


describe("parsePlan on random Markdown", () => {
  it("holds its invariants and is deterministic", () => {
    fc.assert(
      fc.property(markdownArb, (text) => void parseChecked(text)),
      // Counterexamples this property has found run first on every seed, so they fail (or pass) deterministically.
      { numRuns: 200, examples: [["## High Priority\n- ![](badge.svg)"], ["## Priority: High\n- &nbsp;"]] },
    );
  });

  it("holds its invariants after the bytes round-trip through decodeDocument", () => {
    fc.assert(
      fc.property(markdownArb, (text) => {
        const decoded = decodeChecked(utf8(text));
        if (decoded.ok) parseChecked(decoded.text);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The real documents, as they are and mutated
// ---------------------------------------------------------------------------------------------

const root = fileURLToPath(new URL("../../", import.meta.url));
const listDir = (dir: string, pattern: RegExp) =>
  readdirSync(join(root, dir))
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
const DOCUMENTS = [...listDir("db/demo/seeds", /\.txt$/), ...listDir("test/fixtures/plans", /\.md$/)];
const readDoc = (path: string) => new Uint8Array(readFileSync(join(root, path)));

type Mutation =
  | { kind: "deleteLines"; at: number; count: number }
  | { kind: "duplicateLines"; at: number; count: number; to: number }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "insertText"; at: number; text: string }
  | { kind: "truncate"; at: number }
  | { kind: "truncateMidUtf8"; at: number };

const posArb = fc.nat(1_000_000);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("deleteLines" as const), at: posArb, count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicateLines" as const), at: posArb, count: fc.integer({ min: 1, max: 10 }), to: posArb }),
  fc.record({ kind: fc.constant("swapLines" as const), a: posArb, b: posArb }),
  fc.record({
    kind: fc.constant("insertText" as const),
    at: posArb,
    text: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom(...MD_CHARS), minLength: 1, maxLength: 12 })),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: posArb }),
  fc.record({ kind: fc.constant("truncateMidUtf8" as const), at: posArb }),
);

// Mutations work on bytes: a "binary" string holds one byte per char, so offsets are byte offsets
// and an insertion or a cut can land inside a UTF-8 sequence.
const toBinary = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const fromBinary = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
/** Lines with their line break attached, so CRLF files stay CRLF. */
const splitLines = (s: string) => s.match(/[^\n]*\n|[^\n]+$/g) ?? [];

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let s = toBinary(bytes);
  for (const m of mutations) {
    const lines = splitLines(s);
    const n = lines.length;
    switch (m.kind) {
      case "deleteLines":
        if (n) lines.splice(m.at % n, m.count);
        s = lines.join("");
        break;
      case "duplicateLines":
        if (n) {
          const from = m.at % n;
          lines.splice(m.to % (n + 1), 0, ...lines.slice(from, from + m.count));
        }
        s = lines.join("");
        break;
      case "swapLines":
        if (n) {
          const [a, b] = [m.a % n, m.b % n];
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        }
        s = lines.join("");
        break;
      case "insertText": {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + toBinary(utf8(m.text)) + s.slice(at);
        break;
      }
      case "truncate":
        s = s.slice(0, m.at % (s.length + 1));
        break;
      case "truncateMidUtf8": {
        // Cut just before a continuation byte, i.e. inside a multi-byte character.
        const cuts = [...s.matchAll(/[\x80-\xbf]/g)].map((c) => c.index);
        s = s.slice(0, cuts.length ? cuts[m.at % cuts.length] : m.at % (s.length + 1));
        break;
      }
    }
  }
  return fromBinary(s);
}

describe("the real documents", () => {
  it("has documents to test", () => {
    expect(DOCUMENTS.filter((d) => d.startsWith("db/demo/seeds/")).length).toBeGreaterThan(0);
    expect(DOCUMENTS.filter((d) => d.startsWith("test/fixtures/plans/")).length).toBeGreaterThan(0);
  });

  it.each(DOCUMENTS)("%s as it is: decodes, holds the invariants, finds items", (path) => {
    const decoded = decodeChecked(readDoc(path));
    if (!decoded.ok) throw new Error(`${path}: ${decoded.error}`);
    const result = parseChecked(decoded.text);
    expect(result.items.length, `${path}: no items`).toBeGreaterThan(0);
  });

  it.each(DOCUMENTS)("%s mutated: decoding and parsing never throw and hold the invariants", (path) => {
    const original = readDoc(path);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const decoded = decodeChecked(mutate(original, mutations));
        if (decoded.ok) parseChecked(decoded.text);
      }),
      { numRuns: 40 },
    );
    // 40 parses of the largest seed: ~15 s alone, more when the machine is busy; not a timing test.
  }, 120_000);
});
