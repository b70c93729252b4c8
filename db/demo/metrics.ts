import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { metricPoints, metrics, users } from "@/db/schema";
import { recordPoints } from "@/lib/metrics/service";
import { userActor } from "@/lib/domain/actors";

const DAY = 86_400_000;
const HISTORY_DAYS = 90;

/**
 * Seed 002's "Health Metrics" and "Developer Experience" targets (created by the importer from the
 * plan) get warning and critical thresholds and a plausible 90 days of values from CI, drifting
 * from where such a team starts toward its targets, with noise and the odd bad day. Deterministic
 * (a seeded generator), so screenshots and tests see the same story. Idempotent: a metric that
 * already has values is left alone.
 */
type Story = {
  key: string;
  name?: string;
  target: number;
  warning: number;
  critical: number;
  /** Value 90 days ago and today; the path between them is eased, plus noise. */
  start: number;
  end: number;
  noise: number;
  /** Values per day (CI runs). */
  perDay: number;
  /** Round to this many decimals. */
  decimals: number;
  /** Days ago → value: a bad day that shows as a spike. */
  spikes?: Record<number, number>;
  floor?: number;
  ceiling?: number;
};

export const DEMO_METRIC_STORIES: Story[] = [
  { key: "type_safety", name: "Type safety (Pyright errors)", target: 10, warning: 50, critical: 100, start: 142, end: 47, noise: 4, perDay: 4, decimals: 0, floor: 0 },
  { key: "test_coverage_backend", target: 80, warning: 70, critical: 60, start: 61, end: 74.5, noise: 0.6, perDay: 4, decimals: 1, ceiling: 100 },
  { key: "test_coverage_frontend", target: 60, warning: 50, critical: 40, start: 36, end: 52, noise: 0.8, perDay: 4, decimals: 1, ceiling: 100 },
  { key: "test_coverage_overall", target: 75, warning: 65, critical: 55, start: 52, end: 67.8, noise: 0.5, perDay: 4, decimals: 1, ceiling: 100 },
  { key: "error_rate", target: 1, warning: 1, critical: 2, start: 1.6, end: 1.25, noise: 0.15, perDay: 24, decimals: 2, floor: 0, spikes: { 41: 6.8, 40: 3.1, 12: 2.6 } },
  { key: "api_latency_p99", target: 2, warning: 2, critical: 4, start: 2.9, end: 1.7, noise: 0.2, perDay: 24, decimals: 2, floor: 0.2, spikes: { 41: 9.4, 27: 4.6 } },
  { key: "availability", target: 99.9, warning: 99.9, critical: 99.5, start: 99.82, end: 99.95, noise: 0.03, perDay: 1, decimals: 2, ceiling: 100, spikes: { 41: 98.7 } },
  { key: "security", name: "Critical vulnerabilities", target: 0, warning: 0, critical: 2, start: 5, end: 1, noise: 0, perDay: 1, decimals: 0, floor: 0 },
  { key: "deployment_time", target: 10, warning: 15, critical: 30, start: 24, end: 12.5, noise: 1.5, perDay: 3, decimals: 1, floor: 3 },
  { key: "test_execution", target: 5, warning: 8, critical: 15, start: 11, end: 6.4, noise: 0.6, perDay: 6, decimals: 1, floor: 1 },
  { key: "build_feedback", target: 3, warning: 5, critical: 10, start: 6.5, end: 4.1, noise: 0.4, perDay: 6, decimals: 1, floor: 1 },
  { key: "code_review_time", target: 24, warning: 36, critical: 72, start: 44, end: 29, noise: 6, perDay: 1, decimals: 0, floor: 1 },
  { key: "documentation_quality", target: 90, warning: 75, critical: 50, start: 58, end: 71, noise: 1, perDay: 1, decimals: 0, ceiling: 100 },
];

/** A small deterministic generator (mulberry32), one per metric. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

export function storyPoints(story: Story, now: Date): { value: number; recordedAt: Date }[] {
  const rnd = random(hash(story.key));
  const count = HISTORY_DAYS * story.perDay;
  const step = DAY / story.perDay;
  const out: { value: number; recordedAt: Date }[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(now.getTime() - (count - i) * step + step / 2);
    const progress = i / (count - 1);
    const eased = progress * progress * (3 - 2 * progress);
    let value = story.start + (story.end - story.start) * eased + (rnd() * 2 - 1) * story.noise;
    const daysAgo = Math.floor((now.getTime() - at.getTime()) / DAY);
    const spike = story.spikes?.[daysAgo];
    if (spike !== undefined && rnd() < 0.5) value = spike + (rnd() * 2 - 1) * story.noise;
    if (story.floor !== undefined) value = Math.max(story.floor, value);
    if (story.ceiling !== undefined) value = Math.min(story.ceiling, value);
    const factor = 10 ** story.decimals;
    out.push({ value: Math.round(value * factor) / factor, recordedAt: at });
  }
  // The last value is the story's end, so the dashboard's "latest" reads as planned.
  out[out.length - 1]!.value = story.end;
  return out;
}

export async function seedDemoMetrics(db: Db, now = new Date()): Promise<{ metricsWithHistory: number }> {
  const [lead] = await db.select().from(users).where(eq(users.email, "lead@example.com"));
  if (!lead) return { metricsWithHistory: 0 };
  const actor = userActor(lead);
  const defined = await db.select().from(metrics).where(inArray(metrics.key, DEMO_METRIC_STORIES.map((s) => s.key)));
  const counts = await db
    .select({ metricId: metricPoints.metricId, n: sql<number>`count(*)::int` })
    .from(metricPoints)
    .where(inArray(metricPoints.metricId, defined.map((m) => m.id).concat("00000000-0000-4000-8000-000000000000")))
    .groupBy(metricPoints.metricId);
  const hasValues = new Set(counts.filter((c) => c.n > 0).map((c) => c.metricId));
  let seeded = 0;
  for (const story of DEMO_METRIC_STORIES) {
    const metric = defined.find((m) => m.key === story.key);
    if (!metric || hasValues.has(metric.id)) continue;
    await db
      .update(metrics)
      .set({ name: story.name ?? metric.name, target: story.target, warningThreshold: story.warning, criticalThreshold: story.critical })
      .where(eq(metrics.id, metric.id));
    await recordPoints(db, actor, metric, storyPoints(story, now), "ci", now);
    seeded++;
  }
  return { metricsWithHistory: seeded };
}
