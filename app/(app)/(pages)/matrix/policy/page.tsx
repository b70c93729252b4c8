import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { listProjectOptions } from "@/lib/backlog/option-queries";
import { loadPolicy } from "@/lib/matrix/policy-queries";
import { loadSlaSettings } from "@/lib/sla/queries";
import { PolicyTable } from "../_components/policy-table";
import { ProjectPicker } from "../_components/project-picker";
import { SettingsForm } from "../_components/settings-form";

export const metadata: Metadata = { title: "SLA policy" };

export default async function PolicyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/matrix/policy");
  const db = await getDb();
  const projects = await listProjectOptions(db);
  const wanted = (await searchParams).project;
  const project = projects.find((p) => p.slug === wanted) ?? null;
  const [lines, settings] = await Promise.all([loadPolicy(db, project?.id ?? null), loadSlaSettings(db)]);
  const canEdit = can(actor, "sla.edit");

  return (
    <>
      <PageHeader
        title="SLA policy"
        description="How long each priority may stay open, who owns it, how it is tracked and where it escalates. Projects without their own row use the workspace default."
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ProjectPicker projects={projects} current={project?.slug ?? null} path="/matrix/policy" label="Policy of" allLabel="Workspace default" />
            <Link href={project ? `/matrix?project=${project.slug}` : "/matrix"} className="text-sm text-primary hover:underline">
              Back to the matrix
            </Link>
          </div>
        }
      />
      <div className="space-y-8">
        <PolicyTable lines={lines} projectId={project?.id ?? null} scopeName={project?.name ?? "Workspace default"} canEdit={canEdit} />
        <SettingsForm settings={settings} canEdit={can(actor, "sla.settings")} timeZones={canEdit ? ["UTC", ...Intl.supportedValuesOf("timeZone")] : []} />
      </div>
    </>
  );
}
