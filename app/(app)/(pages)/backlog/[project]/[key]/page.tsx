import type { UserActor } from "@/lib/domain/actors";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PriorityBadge, SlaBadge, StatusBadge } from "@/components/backlog/badges";
import { Markdown } from "@/components/markdown";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { loadItemPage, type ItemPagePermissions } from "@/lib/screens/item-page";
import { ChecklistSection } from "./_components/checklist-section";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";
import { DeleteItem } from "./_components/delete-item";
import { EditItem } from "./_components/edit-item";
import { HistoryList } from "./_components/history-list";
import { ItemFields } from "./_components/item-fields";
import { ItemShortcuts } from "./_components/item-shortcuts";
import { openCriteriaOf } from "@/lib/backlog/open-criteria";
import { LinksSection } from "./_components/links-section";
import { PullRequestsSection } from "./_components/pull-requests-section";
import { CreateRunbook } from "./_components/create-runbook";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { PrintHeader } from "@/components/print/print-header";
import { WatchButton } from "@/components/notify/watch-button";

type Params = Promise<{ project: string; key: string }>;

/** Route params arrive percent-encoded or not depending on how the URL was written; decode once, safely. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** What this role may do decides which controls exist at all (and what the page reads); the actions check again. */
const permissionsOf = (actor: UserActor | null): ItemPagePermissions => ({
  setStatus: can(actor, "items.setStatus"),
  tick: can(actor, "items.tick"),
  comment: can(actor, "items.comment"),
  update: can(actor, "items.update"),
  editChecklist: can(actor, "items.editChecklist"),
  link: can(actor, "items.link"),
  delete: can(actor, "items.delete"),
  linkCriterion: can(actor, "metrics.linkCriterion"),
  createRunbook: can(actor, "runbooks.create"),
});

// Metadata and the page read the same item: one load per request.
const loadPage = cache(async (project: string, key: string) => {
  const actor = await getActor();
  return loadItemPage(await getDb(), decode(project), decode(key), permissionsOf(actor), actor);
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { project, key } = await params;
  // The title must not reveal an item to someone who may not read it.
  if (!can(await getActor(), "items.read")) return { title: decode(key) };
  const page = await loadPage(project, key);
  return { title: page ? `${page.item.key}: ${page.item.title}` : "Item not found" };
}

export default async function ItemPage({ params }: { params: Params }) {
  const actor = await requirePageFor("/backlog/[project]/[key]");
  const { project, key } = await params;
  const page = await loadPage(project, key);
  if (!page) notFound();
  const { may, item, edit, checklists, links, pullRequests, comments, history, runbookOffer, watching, people } = page;

  const description = item.description.trim() ? <Markdown>{item.description}</Markdown> : <p className="text-sm text-muted-foreground">No description.</p>;

  return (
    <>
      <PrintHeader title={`${item.key}: ${item.title}`} filters={`Project: ${item.projectName}`} printedBy={actor.name} />
      <Breadcrumb items={[{ href: "/backlog", label: "Backlog" }, { href: `/backlog?project=${encodeURIComponent(item.projectSlug)}`, label: item.projectName }, { label: item.key, mono: true }]} />
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight break-words">
            <span className="mr-2 font-mono text-muted-foreground">{item.key}</span>
            {item.title}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-3 text-sm" data-testid="item-summary">
            <PriorityBadge priority={item.priority} />
            <StatusBadge status={item.status} />
            {item.sla !== "none" ? (
              <span>
                <span className="text-muted-foreground">SLA: </span>
                <SlaBadge state={item.sla} />
              </span>
            ) : null}
            <span className="text-muted-foreground">{item.projectName}</span>
          </div>
        </div>
        <div className="flex items-center gap-2 print:hidden">
          <WatchButton subjectType="item" subjectId={item.id} watching={watching} />
          <ItemShortcuts may={{ status: may.setStatus, edit: edit !== null }} />
          {may.delete ? <DeleteItem id={item.id} itemKey={item.key} version={item.version} projectSlug={item.projectSlug} /> : null}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {edit ? (
            <EditItem item={edit.item} users={edit.users} projects={edit.projects}>
              {description}
            </EditItem>
          ) : (
            <Card className="p-4">
              <h2 className="mb-3 font-medium">Description</h2>
              {description}
            </Card>
          )}

          {checklists.map(({ kind, entries, metrics }) => (
            <ChecklistSection key={kind} itemId={item.id} kind={kind} entries={entries} metrics={metrics} canTick={may.tick} canEdit={may.editChecklist} />
          ))}

          <LinksSection itemId={item.id} projectSlug={item.projectSlug} links={links} canEdit={may.link} />

          <PullRequestsSection pullRequests={pullRequests} />

          <Card className="p-4">
            <section aria-labelledby="comments-heading" className="space-y-4">
              <h2 id="comments-heading" className="font-medium">
                Comments <span className="text-sm font-normal text-muted-foreground">({comments.length})</span>
              </h2>
              <CommentList comments={comments} people={people} />
              {may.comment ? <CommentForm itemId={item.id} people={people} /> : null}
            </section>
          </Card>

          <HistoryList entries={history.entries} lookups={history.lookups} truncated={history.truncated} imported={history.imported} />
        </div>

        <aside aria-label="Item details" className="space-y-6 lg:sticky lg:top-6 lg:self-start">
          {/* First in the rail: the item's point is the runbook, so the way to write it is above the fold. */}
          {runbookOffer ? <CreateRunbook itemId={item.id} itemKey={item.key} existing={runbookOffer.existing} /> : null}
          <ItemFields canSetStatus={may.setStatus} item={item} openCriteria={openCriteriaOf(checklists.find((c) => c.kind === "acceptance")?.entries ?? [])} />
        </aside>
      </div>
    </>
  );
}
