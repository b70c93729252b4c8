import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listAssignableUsers, listProjectOptions } from "@/lib/backlog/option-queries";
import { blankRunbook } from "@/lib/runbooks/templates";
import { ImportRunbook } from "../_components/import-runbook";
import { RunbookEditor } from "../_components/runbook-editor";
import { Breadcrumb } from "@/components/shell/breadcrumb";

export const metadata: Metadata = { title: "New runbook" };

export default async function NewRunbookPage() {
  const actor = await requirePageFor("/runbooks/new");
  const db = await getDb();
  const [users, projects] = await Promise.all([listAssignableUsers(db), listProjectOptions(db)]);
  return (
    <>
      <Breadcrumb items={[{ href: "/runbooks", label: "Runbooks" }]} />
      <PageHeader title="New runbook" description="Start from the scenario template, or import an existing Markdown runbook." />
      <Card className="mb-6 p-4">
        <ImportRunbook />
      </Card>
      <RunbookEditor
        meta={{ title: "", service: "", ownerId: actor.userId, projectId: null, reviewIntervalDays: 90, draft: false }}
        body={blankRunbook()}
        users={users}
        projects={projects}
      />
    </>
  );
}
