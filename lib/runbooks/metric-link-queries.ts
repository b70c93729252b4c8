import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { metricPoints, metrics, runbookMetrics, runbooks } from "@/db/schema";
import { metricDefinitionColumns } from "@/lib/metrics/queries";
import { metricStatus } from "@/lib/metrics/status";
import { reviewDueSql } from "./review-due";

// Runbook ↔ metric links (runbook_metrics), read from either side: the runbook page lists its
// metrics, the metric page its runbooks. Written by service.ts (linkMetric, unlinkMetric).

/** Linked metrics with their latest value and state; warning and critical ones raise the page's banner. */
export async function metricsOfRunbook(db: Db, runbookId: string) {
  const latest = db
    .select({ value: metricPoints.value, recordedAt: metricPoints.recordedAt })
    .from(metricPoints)
    .where(eq(metricPoints.metricId, metrics.id))
    .orderBy(desc(metricPoints.recordedAt))
    .limit(1)
    .as("latest");
  const rows = await db
    .select({
      ...metricDefinitionColumns,
      value: latest.value,
      recordedAt: latest.recordedAt,
    })
    .from(runbookMetrics)
    .innerJoin(metrics, eq(metrics.id, runbookMetrics.metricId))
    .leftJoinLateral(latest, sql`true`)
    .where(eq(runbookMetrics.runbookId, runbookId))
    .orderBy(asc(metrics.name));
  return rows.map((m) => ({ ...m, status: metricStatus(m, m.value) }));
}

/** The runbooks linked to a metric. The review date is one expression on the row, so the page can flag an overdue runbook for free. */
export function runbooksOfMetric(db: Db, metricId: string) {
  return db
    .select({ id: runbooks.id, slug: runbooks.slug, title: runbooks.title, service: runbooks.service, reviewDueAt: reviewDueSql.mapWith((v: string | Date) => new Date(v)) })
    .from(runbookMetrics)
    .innerJoin(runbooks, eq(runbooks.id, runbookMetrics.runbookId))
    .where(eq(runbookMetrics.metricId, metricId))
    .orderBy(asc(runbooks.title));
}
