import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { requirePage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Health metrics" };

export default async function MetricsPage() {
  await requirePage("pages.metrics");
  return (
    <>
      <PageHeader title="Health metrics" description="Targets from your plans and values from CI." />
      <ComingSoon what="Metric definitions, charts and the CI ingest API" issue={7} />
    </>
  );
}
