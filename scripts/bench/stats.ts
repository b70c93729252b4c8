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

/** `runs` sequential timings of `fn` after `warm` untimed calls. */
export async function sample(runs: number, fn: () => Promise<unknown>, warm = 3): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((await time(fn))[0]);
  return out;
}

/** Closed-loop load in this process: every worker repeats its step until the deadline. */
export async function loadInProcess(workers: (() => Promise<unknown>)[], seconds: number): Promise<number[]> {
  const out: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    workers.map(async (step) => {
      while (performance.now() < deadline) out.push((await time(step))[0]);
    }),
  );
  return out;
}

/** A whole-number setting from the environment (BENCH_…), `fallback` when unset. */
export function envInt(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
  return n;
}
