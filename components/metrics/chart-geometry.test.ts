import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInZone } from "@/lib/time/format";
import { drawable, MAX_TICKS, niceStep, niceTicks, sparklinePoints, timeTickFormat, timeTicks, valueExtent, yScale, zones } from "./chart-geometry";

const DAY = 86_400_000;
const lower = { direction: "lower_is_better" as const, target: null, warningThreshold: null, criticalThreshold: null };
const higher = { ...lower, direction: "higher_is_better" as const };
const vals = (...vs: number[]) => vs.map((v) => ({ min: v, max: v }));

describe("valueExtent", () => {
  it("widens to references no further from the data than its spread", () => {
    expect(valueExtent(vals(20, 40), [0, 55, 100])).toEqual([0, 55]);
    expect(valueExtent(vals(80, 85), [0, 90, 70])).toEqual([80, 90]);
  });
  it("uses min and max of buckets", () => {
    expect(valueExtent([{ min: 1, max: 9 }, { min: 3, max: 12 }], [])).toEqual([1, 12]);
    expect(valueExtent([{ min: 0, max: 0, v: 5 }, { min: Number.NaN, max: 7, v: 6 }], [])).toEqual([0, 7]);
  });
  it("falls back to the references, then to nothing", () => {
    expect(valueExtent([], [null, 10, 50])).toEqual([10, 50]);
    expect(valueExtent([], [null])).toBeNull();
  });
  it("gives a flat series a spread of a tenth of its value", () => {
    expect(valueExtent(vals(100, 100), [95, 80])).toEqual([95, 100]);
  });
});

describe("niceTicks", () => {
  it("ends on round multiples of a 1/2/2.5/5 step", () => {
    expect(niceTicks(0, 47)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(81.2, 88.9)).toEqual([80, 82, 84, 86, 88, 90]);
    expect(niceTicks(0, 9)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(0.1, 0.3)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceStep(12)).toBe(20);
    expect(niceStep(0.03)).toBe(0.05);
  });
  it("pads a single value, never below a zero baseline", () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(100, 100)).toEqual([90, 95, 100, 105, 110]);
  });
  it("covers the range with evenly spaced ticks, never more than twice as many as asked", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (lo, span) => {
        const ticks = niceTicks(lo, lo + span, 5);
        expect(ticks[0]!).toBeLessThanOrEqual(lo + span * 1e-9);
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(lo + span - span * 1e-9);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(10);
        const step = ticks[1]! - ticks[0]!;
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 6);
      }),
    );
  });
});

describe("values a double cannot step through", () => {
  // Each of these once looped without end (step below the numbers' precision, or an infinite span).
  it.each([
    [1e17, 1e17 + 16],
    [9e15, 9e15 + 4],
    [9e14, 9e14 + 0.125],
    [0, 1.7976931348623157e308],
    [-1e308, 1.7976931348623157e308],
    [5e-324, 1e-323],
    [-Infinity, Infinity],
    [NaN, 5],
    [NaN, NaN],
  ])("niceTicks(%d, %d) is a short list of finite, increasing ticks", (lo, hi) => {
    const ticks = niceTicks(lo, hi);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
    for (let i = 0; i < ticks.length; i++) {
      expect(Number.isFinite(ticks[i])).toBe(true);
      if (i > 0) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
    }
  });
  it("pads a spread below the numbers' precision like a single value", () => {
    expect(niceTicks(1e17, 1e17 + 16)).toEqual([9e16, 9.5e16, 1e17, 1.05e17, 1.1e17]);
    expect(niceTicks(5e-324, 5e-324)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it("keeps to a sane number of ticks whatever count is asked for", () => {
    expect(niceTicks(0, 100, 1e9).length).toBeLessThanOrEqual(MAX_TICKS);
    expect(niceTicks(0, 100, Number.NaN).length).toBeGreaterThanOrEqual(2);
    expect(niceStep(0)).toBeGreaterThan(0);
    expect(niceStep(Number.POSITIVE_INFINITY)).toBeLessThan(Number.POSITIVE_INFINITY);
  });
  it("draws a stored 1.7976931348623157e308 at the top of a finite axis", () => {
    const points = [0, 1.7976931348623157e308].map((v, t) => ({ t, v, min: v, max: v, n: 1 }));
    const s = yScale(lower, points);
    expect(s.domain[0]).toBe(0);
    expect(Number.isFinite(s.domain[1])).toBe(true);
    expect(drawable(points).map((p) => p.y)).toEqual([0, s.domain[1]]);
    expect(drawable([{ t: 0, v: Number.NaN, min: Number.NaN, max: 1, n: 1 }])[0]).toMatchObject({ y: null, band: [null, 1] });
  });
  it("places sparkline points inside the box for extreme values", () => {
    const xy = sparklinePoints([{ t: 0, v: -1.7976931348623157e308 }, { t: 1, v: 1.7976931348623157e308 }, { t: 2, v: Number.NaN }], 120, 32);
    expect(xy.map((p) => p.y)).toEqual([30, 2, 16]);
  });
  it("day ticks fall on the reader's midnight, not the server's", () => {
    const from = Date.UTC(2026, 2, 1);
    for (const zone of ["Asia/Kolkata", "America/Los_Angeles", "Pacific/Auckland"]) {
      const ticks = timeTicks(from, from + 7 * DAY, 6, zone);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const t of ticks) expect(formatInZone(t, zone, "HH:mm")).toBe("00:00");
    }
  });
  it("time ticks over a span of millennia stay few", () => {
    const from = Date.UTC(2000, 0, 1);
    const ticks = timeTicks(from, from + 1e15);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(timeTicks(Number.NaN, from)).toEqual([]);
  });
});

describe("zones", () => {
  it("lower is better: warning between the thresholds, critical above to the top", () => {
    expect(zones({ ...lower, warningThreshold: 50, criticalThreshold: 100 }, [0, 120])).toEqual([
      { kind: "warning", y1: 50, y2: 100 },
      { kind: "critical", y1: 100, y2: 120 },
    ]);
  });
  it("higher is better: mirrored, critical from the bottom", () => {
    expect(zones({ ...higher, warningThreshold: 80, criticalThreshold: 70 }, [60, 100])).toEqual([
      { kind: "warning", y1: 70, y2: 80 },
      { kind: "critical", y1: 60, y2: 70 },
    ]);
  });
  it("a lone threshold runs to the edge of the axis", () => {
    expect(zones({ ...lower, warningThreshold: 10 }, [0, 40])).toEqual([{ kind: "warning", y1: 10, y2: 40 }]);
    expect(zones({ ...higher, criticalThreshold: 50 }, [0, 100])).toEqual([{ kind: "critical", y1: 0, y2: 50 }]);
  });
  it("clips to the axis and drops zones outside it", () => {
    expect(zones({ ...lower, warningThreshold: 50, criticalThreshold: 100 }, [0, 80])).toEqual([{ kind: "warning", y1: 50, y2: 80 }]);
    expect(zones({ ...lower, warningThreshold: 500, criticalThreshold: 1000 }, [0, 80])).toEqual([]);
    expect(zones({ ...lower, warningThreshold: 5, criticalThreshold: 10 }, [20, 40])).toEqual([{ kind: "critical", y1: 20, y2: 40 }]);
  });
});

describe("yScale", () => {
  it("includes zero, target and thresholds near the data", () => {
    const s = yScale({ ...lower, target: 10, warningThreshold: 50, criticalThreshold: 100 }, vals(20, 45));
    expect(s.domain).toEqual([0, 60]);
    expect(s.showTarget).toBe(true);
    expect(s.zones).toEqual([{ kind: "warning", y1: 50, y2: 60 }]);
  });
  it("leaves out far ones, and the target line with them", () => {
    const s = yScale({ ...higher, target: 95, warningThreshold: 80, criticalThreshold: 20 }, vals(81, 86));
    expect(s.domain).toEqual([80, 86]);
    expect(s.showTarget).toBe(false);
    expect(s.zones).toEqual([]);
  });
  it("draws the references alone when there is no data", () => {
    const s = yScale({ ...lower, target: 10, warningThreshold: 50 }, []);
    expect(s.domain).toEqual([10, 50]);
    expect(yScale({ ...lower, target: 10 }, []).domain).toEqual([9, 11]);
    expect(yScale(lower, []).domain).toEqual([0, 1]);
  });
});

describe("time axis", () => {
  const from = new Date(2026, 0, 10, 13, 27).getTime();
  it("picks the label format by span", () => {
    expect(timeTickFormat(from, from + DAY)).toBe("HH:mm");
    expect(timeTickFormat(from, from + 30 * DAY)).toBe("d MMM");
    expect(timeTickFormat(from, from + 400 * DAY)).toBe("MMM yyyy");
  });
  it.each([
    [1, (d: Date) => d.getMinutes() === 0],
    [7, (d: Date) => d.getHours() === 0 && d.getMinutes() === 0],
    [90, (d: Date) => d.getHours() === 0],
    [365 * 3, (d: Date) => d.getDate() === 1 && d.getHours() === 0],
  ])("over %i days ticks fall on round local times, inside the range, at most 6", (days, round) => {
    const to = from + days * DAY;
    const ticks = timeTicks(from, to);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const t of ticks) {
      expect(t).toBeGreaterThanOrEqual(from);
      expect(t).toBeLessThanOrEqual(to);
      expect(round(new Date(t))).toBe(true);
    }
  });
});
