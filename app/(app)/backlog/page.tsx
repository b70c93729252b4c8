import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/actor";
import { listProjectSummaries } from "@/lib/projects/queries";
import { ExportForm } from "./_components/export-form";

export const metadata: Metadata = { title: "Backlog" };

export default async function BacklogPage() {
  const actor = await requirePage("pages.backlog");
  const projects = await listProjectSummaries(actor);
  return (
    <>
      <PageHeader title="Backlog" description="Every item across your projects, filtered, sorted and searchable." />
      <div className="space-y-6">
        <ComingSoon what="The backlog table, item pages and inline status changes" issue={4} />
        <Card className="p-4">
          <h2 className="mb-3 font-medium">Export</h2>
          <ExportForm projects={projects.map((p) => ({ slug: p.slug, name: p.name }))} />
        </Card>
      </div>
    </>
  );
}
