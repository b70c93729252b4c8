import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "./backoff";

describe("backoffDelayMs", () => {
  const plain = { firstMs: 60_000, maxMs: 4 * 3_600_000 };
  it("doubles from the first gap up to the ceiling", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(plain, n))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffDelayMs(plain, 9)).toBe(4 * 3_600_000);
    expect(backoffDelayMs(plain, 10_000)).toBe(4 * 3_600_000);
    expect(backoffDelayMs(plain, 0)).toBe(60_000);
  });
  it("spreads by the jitter around the base, never beyond it", () => {
    const jittered = { ...plain, jitter: 0.2 };
    expect(backoffDelayMs(jittered, 1, () => 0)).toBe(48_000);
    expect(backoffDelayMs(jittered, 1, () => 0.5)).toBe(60_000);
    expect(backoffDelayMs(jittered, 1, () => 0.999_999)).toBeLessThanOrEqual(72_000);
  });
});
