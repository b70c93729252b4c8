import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listProjectOptions } from "@/lib/backlog/option-queries";
import { pointCount } from "@/lib/metrics/queries";
import { metricByKey } from "@/lib/metrics/service";
import { MetricForm } from "../../_components/metric-form";
import { Breadcrumb } from "@/components/shell/breadcrumb";

export const metadata: Metadata = { title: "Edit metric" };

export default async function EditMetricPage({ params }: { params: Promise<{ key: string }> }) {
  await requirePageFor("/metrics/[key]/edit");
  const { key } = await params;
  const db = await getDb();
  const metric = await metricByKey(db, key);
  if (!metric) notFound();
  const [points, projects] = await Promise.all([pointCount(db, metric.id), listProjectOptions(db)]);
  return (
    <>
      <Breadcrumb items={[{ href: "/metrics", label: "Health metrics" }, { href: `/metrics/${metric.key}`, label: metric.name }]} />
      <PageHeader title={`Edit: ${metric.name}`} />
      <MetricForm initial={metric} existing={{ id: metric.id, version: metric.version, points }} projects={projects} />
    </>
  );
}
