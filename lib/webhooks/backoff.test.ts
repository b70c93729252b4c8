import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, MAX_RETRY_GAP_MS, nextAttemptAt, retryDelayMs } from "./backoff";

const middle = () => 0.5;

describe("webhook retry back-off", () => {
  it("doubles from 30 seconds and levels off at four hours", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, middle))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(10, middle)).toBe(MAX_RETRY_GAP_MS);
    expect(retryDelayMs(1000, middle)).toBe(MAX_RETRY_GAP_MS);
  });

  it("jitters within ±20%", () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThanOrEqual(36_000);
    expect(retryDelayMs(1, () => 0.999999)).toBeGreaterThan(35_000);
  });

  it("keeps trying for about a day, then gives up", () => {
    const first = new Date("2026-12-07T00:00:00Z");
    let now = first;
    let attempts = 1;
    for (;;) {
      const next = nextAttemptAt(first, attempts, now, middle);
      if (!next) break;
      now = next;
      attempts++;
    }
    expect(now.getTime() - first.getTime()).toBeLessThanOrEqual(GIVE_UP_AFTER_MS);
    expect(now.getTime() - first.getTime()).toBeGreaterThan(GIVE_UP_AFTER_MS - MAX_RETRY_GAP_MS * 1.2);
    expect(attempts).toBeGreaterThanOrEqual(12);
    expect(attempts).toBeLessThanOrEqual(18);
  });
});
