import { describe, expect, it } from "vitest";
import { HOSTILE_SHAPES } from "./hostile-shapes";
import { MAX_IMPORT_BYTES } from "./limits";
import { parsePlan } from "./parse";

// Hostile but valid uploads (hostile-shapes.ts): each must come back as a result — items or a
// warning — never a throw. No timings here: `npm run bench` times the same shapes at the full
// upload limit (scripts/bench/import-bench.ts). The default size is a sixteenth of the limit, past
// every bound the importer sets (5,000 lines a block, 10,000 rows a document, 32 levels of
// nesting), so the same code paths run in a few seconds; HOSTILE_BYTES=5242880 runs the limit itself.

const BYTES = Number(process.env.HOSTILE_BYTES ?? Math.floor(MAX_IMPORT_BYTES / 16));

describe("hostile inputs", () => {
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    it(`${name}: parsePlan returns a result`, () => {
      const text = make(BYTES);
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(BYTES);
      const result = parsePlan(text);
      expect(Array.isArray(result.items)).toBe(true);
      expect(result.items.length + result.warnings.length).toBeGreaterThan(0);
    });
  }

  it("nested HTML lists are refused as too deep, whatever their length", () => {
    expect(parsePlan(HOSTILE_SHAPES["HTML <ul><li> nested"]!(BYTES)).warnings[0]!.message).toMatch(/nested deeper than 32 levels/);
  });
});
