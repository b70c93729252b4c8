import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageFor } from "@/lib/routing/require-page";
import { listProjectSummaries } from "@/lib/projects/queries";
import { ImportWizard } from "./_components/import-wizard";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await requirePageFor("/import");
  const projects = await listProjectSummaries(actor);
  return (
    <>
      <PageHeader
        title="Import a plan"
        description="Upload or paste a Markdown plan. You see exactly what will be created, updated or left alone before anything is written."
      />
      <ImportWizard projects={projects.map((p) => ({ slug: p.slug, name: p.name, total: p.total }))} />
    </>
  );
}
