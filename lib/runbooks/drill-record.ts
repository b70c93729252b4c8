// A drill's record as stored on runbook_drills.steps, and what the drill page reads from it. Pure:
// the page and drill-service.ts share it. Each tick records its time; the time a step took is the
// gap since the previous tick (or the start).

export type StoredStep = { section: string; text: string; done: boolean; doneAt: string | null; note: string };

/** Seconds each step took: from the previous tick (in time order) or the start, to its own tick. */
export function stepDurations(startedAt: Date, steps: Pick<StoredStep, "doneAt">[]): (number | null)[] {
  const ticks = steps.map((s, i) => ({ i, at: s.doneAt ? Date.parse(s.doneAt) : null })).filter((t) => t.at !== null) as { i: number; at: number }[];
  ticks.sort((a, b) => a.at - b.at);
  const out: (number | null)[] = steps.map(() => null);
  let prev = startedAt.getTime();
  for (const t of ticks) {
    out[t.i] = Math.max(0, Math.round((t.at - prev) / 1000));
    prev = t.at;
  }
  return out;
}
