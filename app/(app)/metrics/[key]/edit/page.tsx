import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { count, eq } from "drizzle-orm";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { metricPoints, metrics } from "@/db/schema";
import { requirePage } from "@/lib/auth/actor";
import { listProjectOptions } from "@/lib/backlog/options";
import { MetricForm } from "../../_components/metric-form";

export const metadata: Metadata = { title: "Edit metric" };

export default async function EditMetricPage({ params }: { params: Promise<{ key: string }> }) {
  await requirePage("metrics.define");
  const { key } = await params;
  const db = await getDb();
  const [metric] = await db.select().from(metrics).where(eq(metrics.key, key)).limit(1);
  if (!metric) notFound();
  const [[points], projects] = await Promise.all([db.select({ n: count() }).from(metricPoints).where(eq(metricPoints.metricId, metric.id)), listProjectOptions(db)]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted-foreground">
        <Link href="/metrics" className="hover:text-foreground hover:underline">
          Health metrics
        </Link>{" "}
        ›{" "}
        <Link href={`/metrics/${metric.key}`} className="hover:text-foreground hover:underline">
          {metric.name}
        </Link>
      </nav>
      <PageHeader title={`Edit: ${metric.name}`} />
      <MetricForm initial={metric} existing={{ id: metric.id, version: metric.version, points: points?.n ?? 0 }} projects={projects} />
    </>
  );
}
