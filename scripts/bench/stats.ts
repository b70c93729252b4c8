/**
 * Median, 95th and 99th percentile (nearest rank) and fastest of a list of durations in ms, rounded
 * to `decimals` places (whole milliseconds unless asked).
 */
export function summarise(samples: number[], decimals = 0) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const scale = 10 ** decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  return { runs: sorted.length, median: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), min: round(sorted[0] ?? Number.NaN) };
}

export type Summary = ReturnType<typeof summarise>;

export async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}
