import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listAssignableUsers, listProjectOptions } from "@/lib/backlog/option-queries";
import { getRunbookForParam } from "@/lib/runbooks/queries";
import { runbookPath } from "@/lib/runbooks/slug";
import { RunbookEditor } from "../../_components/runbook-editor";
import { Breadcrumb } from "@/components/shell/breadcrumb";

export const metadata: Metadata = { title: "Edit runbook" };

export default async function EditRunbookPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageFor("/runbooks/[slug]/edit");
  const { slug } = await params;
  const db = await getDb();
  const [runbook, users, projects] = await Promise.all([getRunbookForParam(db, slug), listAssignableUsers(db), listProjectOptions(db)]);
  if (!runbook) notFound();
  return (
    <>
      <Breadcrumb items={[{ href: "/runbooks", label: "Runbooks" }, { href: runbookPath(runbook.slug), label: runbook.title }]} />
      <PageHeader title={`Edit: ${runbook.title}`} description={`Revision ${runbook.currentRevision}. Saving a changed text makes revision ${runbook.currentRevision + 1}; nothing is lost.`} />
      <RunbookEditor
        runbook={{ id: runbook.id, slug: runbook.slug, version: runbook.version, revision: runbook.currentRevision }}
        meta={{
          title: runbook.title,
          service: runbook.service,
          ownerId: runbook.ownerId,
          projectId: runbook.projectId,
          reviewIntervalDays: runbook.reviewIntervalDays,
          draft: runbook.draft,
        }}
        body={runbook.body}
        users={users}
        projects={projects}
      />
    </>
  );
}
