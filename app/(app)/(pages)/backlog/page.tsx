import type { Metadata } from "next";
import { PrintHeader } from "@/components/print/print-header";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { backlogSearchParams, parseBacklogQuery } from "@/lib/backlog/filters";
import { cachedCount } from "@/lib/backlog/count-cache";
import { listBacklog, tableRow } from "@/lib/backlog/list-queries";
import { listAssignableUsers, listProjectOptions } from "@/lib/backlog/option-queries";
import { listViews } from "@/lib/backlog/saved-view-queries";
import { getColumnChoice } from "@/lib/backlog/column-choice-queries";
import { watchedProjectIds } from "@/lib/notify/queries";
import { BacklogView } from "./_components/backlog-view";
import { PrintFilters } from "./_components/print-filters";

export const metadata: Metadata = { title: "Backlog" };

// The first page is rendered on the server from the URL (fast first paint, works without
// JavaScript); after that the client fetches /api/v1/items as filters change.
export default async function BacklogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/backlog");
  const { query, warnings } = parseBacklogQuery(await searchParams);
  const db = await getDb();
  const [page, projects, users, views, columns, watchedProjects] = await Promise.all([
    listBacklog(db, query, actor.userId, cachedCount(query, actor.userId)),
    listProjectOptions(db),
    listAssignableUsers(db),
    listViews(db, actor.userId),
    getColumnChoice(db, actor.userId),
    watchedProjectIds(db, actor.userId),
  ]);
  return (
    <>
      <PrintHeader title="Backlog" filters={<PrintFilters projects={projects} users={users} />} printedBy={actor.name} />
      <PageHeader title="Backlog" description="Every item across your projects: filter, sort, search, and share the URL." />
      <BacklogView
        initial={{ key: backlogSearchParams(query).toString(), data: { ...page, rows: page.rows.map(tableRow), warnings } }}
        projects={projects}
        users={users}
        views={views}
        columns={columns}
        watchedProjects={watchedProjects}
        permissions={{ setStatus: can(actor, "items.setStatus"), edit: can(actor, "items.bulkUpdate"), create: can(actor, "items.create") }}
      />
    </>
  );
}
