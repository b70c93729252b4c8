import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AXIS_LIMIT, drawable, MAX_TICKS, niceTicks, sparklinePoints, timeTicks, valueExtent, yScale } from "./chart-geometry";

// Property tests of the chart geometry over any numbers a metric could hold or a database could
// return: extremes, infinities, NaN, equal values and spreads below a double's precision. A stored
// 1.7976931348623157e308 (or 1e17 next to 1e17+16) once made the tick loop run until the process
// died; every call here must end with a small, finite, ordered answer. On a failure fast-check
// prints the seed and path to replay it.

const EXTREMES = [
  0, -0, 1, -1, 0.1, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e15, -1e15, 9e14, 9e14 + 0.125, 9e15, 9e15 + 4, 1e17, 1e17 + 16,
  Number.MAX_SAFE_INTEGER, 1e200, -1e200, 1e300, 1.7976931348623157e308, -1.7976931348623157e308, -1e308, Infinity, -Infinity, NaN,
];
const anyValue = fc.oneof(fc.constantFrom(...EXTREMES), fc.double(), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -1000, max: 1000 }));
/** The next representable doubles after v: a spread no step can divide. */
const neighbours = (v: number, k: number) => {
  const out = [v];
  for (let i = 1; i <= k; i++) out.push(out[i - 1]! + Math.max(Math.abs(out[i - 1]!) * Number.EPSILON, 5e-324));
  return out;
};
const valueSet = fc.oneof(
  fc.array(anyValue, { maxLength: 12 }),
  fc.tuple(anyValue, fc.integer({ min: 1, max: 5 })).map(([v, n]) => Array.from({ length: n }, () => v)),
  fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 8 })).map(([v, k]) => neighbours(v, k)),
);
const maybe = fc.option(anyValue, { nil: null });
const limits = fc.record({ direction: fc.constantFrom("lower_is_better" as const, "higher_is_better" as const), target: maybe, warningThreshold: maybe, criticalThreshold: maybe });

function expectGoodTicks(ticks: number[]) {
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
  for (const t of ticks) expect(Number.isFinite(t)).toBe(true);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
}

describe("tick generation terminates with a bounded count for any input", () => {
  it("niceTicks: at most MAX_TICKS finite, increasing ticks covering the range", () => {
    fc.assert(
      fc.property(anyValue, anyValue, fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(NaN, Infinity)), (a, b, count) => {
        const ticks = niceTicks(a, b, count);
        expectGoodTicks(ticks);
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        if (Number.isFinite(lo) && Number.isFinite(hi) && Math.abs(lo) <= AXIS_LIMIT && Math.abs(hi) <= AXIS_LIMIT) {
          const slack = (ticks.at(-1)! - ticks[0]!) * 1e-6;
          expect(ticks[0]!).toBeLessThanOrEqual(lo + slack);
          expect(ticks.at(-1)!).toBeGreaterThanOrEqual(hi - slack);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("yScale: bounded ticks, a finite domain holding every drawable value, zones inside it", () => {
    fc.assert(
      fc.property(limits, valueSet, (m, vs) => {
        const points = vs.map((v, i) => ({ min: v, max: vs[(i + 1) % vs.length]!, v }));
        const s = yScale(m, points);
        expectGoodTicks(s.ticks);
        expect(s.domain).toEqual([s.ticks[0], s.ticks.at(-1)]);
        const slack = (s.domain[1] - s.domain[0]) * 1e-6;
        for (const p of drawable(points.map((p, i) => ({ ...p, t: i, n: 1 })))) {
          for (const y of [p.y, ...p.band]) {
            if (y === null) continue;
            expect(y).toBeGreaterThanOrEqual(s.domain[0] - slack);
            expect(y).toBeLessThanOrEqual(s.domain[1] + slack);
          }
        }
        for (const z of s.zones) {
          expect(Number.isFinite(z.y1) && Number.isFinite(z.y2)).toBe(true);
          expect(z.y1).toBeGreaterThanOrEqual(s.domain[0]);
          expect(z.y2).toBeLessThanOrEqual(s.domain[1]);
          expect(z.y2).toBeGreaterThan(z.y1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("sparkline points stay inside the box", () => {
    fc.assert(
      fc.property(valueSet, maybe, (vs, target) => {
        const points = vs.map((v, i) => ({ t: i * 1000, v }));
        const extent = valueExtent(points.map((p) => ({ min: p.v, max: p.v })), [target]) ?? [0, 1];
        for (const { x, y } of sparklinePoints(points, 120, 32, 2, extent)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(120);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(32);
        }
      }),
    );
  });

  it("timeTicks: at most max ticks inside the range, for any span", () => {
    const time = fc.oneof(fc.double(), fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }));
    fc.assert(
      fc.property(time, time, fc.integer({ min: 1, max: 12 }), (a, b, max) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const ticks = timeTicks(from, to, max);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(max, 2));
        for (const t of ticks) {
          expect(Number.isFinite(t)).toBe(true);
          expect(t).toBeGreaterThanOrEqual(from);
          expect(t).toBeLessThanOrEqual(to);
        }
      }),
      { numRuns: 500 },
    );
  });
});
