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
import { getItemDetail, HISTORY_LIMIT, listAssignableUsers, listProjectOptions } from "@/lib/backlog/item-queries";
import { criteriaWithRules } from "@/lib/metrics/criteria";
import { slaState } from "@/lib/sla/state";
import { loadSlaSettings } from "@/lib/sla/settings";
import { ChecklistSection, type Kind } from "./_components/checklist-section";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";
import { DeleteItem } from "./_components/delete-item";
import { EditItem } from "./_components/edit-item";
import { HistoryList } from "./_components/history-list";
import { ItemFields } from "./_components/item-fields";
import { LinksSection } from "./_components/links-section";
import { CreateRunbook } from "./_components/create-runbook";
import { asksForRunbook } from "@/lib/runbooks/asks-for-runbook";
import { Breadcrumb } from "@/components/shell/breadcrumb";

type Params = Promise<{ project: string; key: string }>;

/** Route params arrive percent-encoded or not depending on how the URL was written; decode once, safely. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// Metadata and the page read the same item: one database round trip per request.
const loadItem = cache(async (project: string, key: string) => getItemDetail(await getDb(), project, key));

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { project, key } = await params;
  // The title must not reveal an item to someone who may not read it.
  if (!can(await getActor(), "items.read")) return { title: decode(key) };
  const detail = await loadItem(decode(project), decode(key));
  return { title: detail ? `${detail.item.key}: ${detail.item.title}` : "Item not found" };
}

export default async function ItemPage({ params }: { params: Params }) {
  const actor = await requirePageFor("/backlog/[project]/[key]");
  const { project, key } = await params;
  const detail = await loadItem(decode(project), decode(key));
  if (!detail) notFound();

  const { item, checklist, comments, links, history, userNames } = detail;
  // What this role may do decides which controls exist at all; the actions check again.
  const may = {
    setStatus: can(actor, "items.setStatus"),
    tick: can(actor, "items.tick"),
    comment: can(actor, "items.comment"),
    update: can(actor, "items.update"),
    editChecklist: can(actor, "items.editChecklist"),
    link: can(actor, "items.link"),
    delete: can(actor, "items.delete"),
  };
  const db = await getDb();
  const [projects, users, settings] = await Promise.all([listProjectOptions(db), may.update ? listAssignableUsers(db) : [], loadSlaSettings(db)]);
  const sla = slaState(item, new Date(), settings.atRiskShare);
  const offerRunbook = can(actor, "runbooks.create") && asksForRunbook({ title: item.title, texts: [...checklist.action, ...checklist.file].map((e) => e.text) });
  const kinds = (["acceptance", "action", "file"] as Kind[]).filter((k) => may.editChecklist || checklist[k].length);
  const criteria = await criteriaWithRules(db, checklist.acceptance, can(actor, "metrics.linkCriterion"));

  const description = item.description.trim() ? <Markdown>{item.description}</Markdown> : <p className="text-sm text-muted-foreground">No description.</p>;

  return (
    <>
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
            {sla !== "none" ? (
              <span>
                <span className="text-muted-foreground">SLA: </span>
                <SlaBadge state={sla} />
              </span>
            ) : null}
            <span className="text-muted-foreground">{item.projectName}</span>
          </div>
        </div>
        {may.delete ? <DeleteItem id={item.id} itemKey={item.key} version={item.version} projectSlug={item.projectSlug} /> : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {may.update ? (
            <EditItem
              item={{
                id: item.id,
                key: item.key,
                version: item.version,
                title: item.title,
                description: item.description,
                priority: item.priority,
                severity: item.severity,
                effortHours: item.effortHours,
                impact: item.impact,
                assigneeId: item.assigneeId,
                dueAt: iso(item.dueAt),
                dueOverrideReason: item.dueOverrideReason,
                categoryPath: item.categoryPath,
                projectId: item.projectId,
              }}
              users={users}
              projects={projects}
            >
              {description}
            </EditItem>
          ) : (
            <Card className="p-4">
              <h2 className="mb-3 font-medium">Description</h2>
              {description}
            </Card>
          )}

          {kinds.map((kind) => (
            <ChecklistSection
              key={kind}
              itemId={item.id}
              kind={kind}
              entries={kind === "acceptance" ? criteria.entries : checklist[kind].map((e) => ({ id: e.id, text: e.text, done: e.done, doneByName: e.doneByName, doneAt: iso(e.doneAt) }))}
              metrics={kind === "acceptance" ? criteria.metrics : undefined}
              canTick={may.tick}
              canEdit={may.editChecklist}
            />
          ))}

          <LinksSection itemId={item.id} projectSlug={item.projectSlug} links={links} canEdit={may.link} />

          <Card className="p-4">
            <section aria-labelledby="comments-heading" className="space-y-4">
              <h2 id="comments-heading" className="font-medium">
                Comments <span className="text-sm font-normal text-muted-foreground">({comments.length})</span>
              </h2>
              <CommentList comments={comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), authorName: c.authorName }))} />
              {may.comment ? <CommentForm itemId={item.id} /> : null}
            </section>
          </Card>

          <HistoryList
            entries={history.map((h) => ({ ...h, at: h.at.toISOString() }))}
            lookups={{ users: userNames, projects: Object.fromEntries(projects.map((p) => [p.id, p.name])) }}
            truncated={history.length >= HISTORY_LIMIT}
            imported={item.sourceImportId && !history.some((h) => h.record.action === "item.create") ? item.createdAt.toISOString() : null}
          />
        </div>

        <aside aria-label="Item details" className="space-y-6 lg:sticky lg:top-6 lg:self-start">
          {/* First in the rail: the item's point is the runbook, so the way to write it is above the fold. */}
          {offerRunbook ? (
            <CreateRunbook
              itemId={item.id}
              itemKey={item.key}
              existing={links.filter((l) => l.kind === "runbook" && l.runbookSlug).map((l) => ({ slug: l.runbookSlug!, title: l.runbookTitle ?? l.runbookSlug! }))}
            />
          ) : null}
          <ItemFields
            canSetStatus={may.setStatus}
            item={{
              id: item.id,
              key: item.key,
              version: item.version,
              status: item.status,
              blockedReason: item.blockedReason,
              priority: item.priority,
              severity: item.severity,
              effortHours: item.effortHours,
              impact: item.impact,
              assigneeName: item.assigneeName,
              dueAt: iso(item.dueAt),
              dueOverrideReason: item.dueOverrideReason,
              categoryPath: item.categoryPath,
              projectSlug: item.projectSlug,
              projectName: item.projectName,
              triagedAt: iso(item.triagedAt),
              startedAt: iso(item.startedAt),
              completedAt: iso(item.completedAt),
              createdAt: item.createdAt.toISOString(),
              updatedAt: item.updatedAt.toISOString(),
              updatedByName: item.updatedByName,
              sla,
            }}
          />
        </aside>
      </div>
    </>
  );
}
