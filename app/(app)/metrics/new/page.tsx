import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePage } from "@/lib/auth/actor";
import { listProjectOptions } from "@/lib/backlog/options";
import { MetricForm } from "../_components/metric-form";

export const metadata: Metadata = { title: "Define metric" };

export default async function NewMetricPage() {
  await requirePage("metrics.define");
  const projects = await listProjectOptions(await getDb());
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted-foreground">
        <Link href="/metrics" className="hover:text-foreground hover:underline">
          Health metrics
        </Link>
      </nav>
      <PageHeader title="Define a metric" description="A number the team tracks, its target, and the levels at which it needs attention." />
      <MetricForm
        initial={{ key: "", name: "", unit: "", direction: "lower_is_better", target: null, warningThreshold: null, criticalThreshold: null, projectId: null, description: "" }}
        projects={projects}
      />
    </>
  );
}
