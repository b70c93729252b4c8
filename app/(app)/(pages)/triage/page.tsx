import type { Metadata } from "next";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listAssignableUsers } from "@/lib/backlog/option-queries";
import { countTriageQueue, listTriageQueue } from "@/lib/backlog/triage-queries";
import { listProjectSummaries } from "@/lib/projects/queries";
import { TriageInbox } from "./_components/triage-inbox";

export const metadata: Metadata = { title: "Triage" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TriagePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageFor("/triage");
  const [params, projects] = await Promise.all([searchParams, listProjectSummaries(actor)]);
  const wanted = typeof params.project === "string" ? params.project : undefined;
  // An unknown slug (a renamed or deleted project) shows every project, not a misleading inbox zero.
  const project = projects.some((p) => p.slug === wanted) ? wanted : undefined;
  const db = await getDb();
  const [queue, count, assignees] = await Promise.all([listTriageQueue(db, { project }), countTriageQueue(db, { project }), listAssignableUsers(db)]);

  return (
    <TriageInbox
      // A different project is a different inbox: start it fresh (focus, undo history).
      key={project ?? ""}
      queue={queue}
      total={count.total}
      capped={count.capped}
      assignees={assignees}
      projects={projects.map((p) => ({ slug: p.slug, name: p.name }))}
      project={project ?? null}
    />
  );
}
