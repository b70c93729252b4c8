import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listProjectOptions } from "@/lib/backlog/option-queries";
import { MetricForm } from "../_components/metric-form";
import { Breadcrumb } from "@/components/shell/breadcrumb";

export const metadata: Metadata = { title: "Define metric" };

export default async function NewMetricPage() {
  await requirePageFor("/metrics/new");
  const projects = await listProjectOptions(await getDb());
  return (
    <>
      <Breadcrumb items={[{ href: "/metrics", label: "Health metrics" }]} />
      <PageHeader title="Define a metric" description="A number the team tracks, its target, and the levels at which it needs attention." />
      <MetricForm
        initial={{ key: "", name: "", unit: "", direction: "lower_is_better", target: null, warningThreshold: null, criticalThreshold: null, projectId: null, description: "" }}
        projects={projects}
      />
    </>
  );
}
