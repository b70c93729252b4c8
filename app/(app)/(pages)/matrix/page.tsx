import type { Metadata } from "next";
import Link from "next/link";
import { PrintHeader } from "@/components/print/print-header";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { listProjectOptions } from "@/lib/backlog/option-queries";
import { cachedMatrix } from "@/lib/matrix/matrix-data";
import { EscalationList } from "./_components/escalation-list";
import { ProjectPicker } from "./_components/project-picker";
import { QuadrantBoard } from "./_components/quadrant-board";
import { SlaTable } from "./_components/sla-table";
import { StatusGrid } from "./_components/status-grid";

export const metadata: Metadata = { title: "Priority matrix" };

export default async function MatrixPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/matrix");
  const db = await getDb();
  const projects = await listProjectOptions(db);
  const wanted = (await searchParams).project;
  const project = projects.find((p) => p.slug === wanted) ?? null;
  const projectId = project?.id ?? null;
  const { grid, sla, closed, oldest, escalation, quadrant, settings, asOf: now } = await cachedMatrix(db, projectId);

  return (
    <>
      <PrintHeader title="Priority matrix" filters={`Project: ${project?.name ?? "All projects"}`} printedBy={actor.name} />
      <PageHeader
        title="Priority matrix"
        description="Where the work stands by priority, what is late against its SLA, and where impact meets effort."
        actions={
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            <ProjectPicker projects={projects} current={project?.slug ?? null} path="/matrix" label="Project" allLabel="All projects" />
            <Link href="/matrix/policy" className="text-sm text-primary hover:underline">
              SLA policy
            </Link>
          </div>
        }
      />
      {typeof wanted === "string" && wanted && !project ? (
        <p role="status" className="mb-4 rounded-md border border-border bg-muted px-3 py-2 text-sm">
          There is no project “{wanted}”; showing all projects.
        </p>
      ) : null}
      <div className="space-y-8">
        <StatusGrid cells={grid} projectSlug={project?.slug ?? null} />
        <SlaTable counts={sla} compliance={closed} oldest={oldest} projectSlug={project?.slug ?? null} atRiskShare={settings.atRiskShare} now={now} />
        <QuadrantBoard data={quadrant} canPlace={can(actor, "matrix.place")} />
        <EscalationList groups={escalation} now={now} />
      </div>
    </>
  );
}
