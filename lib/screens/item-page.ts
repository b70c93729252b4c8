import "server-only";
import type { Db } from "@/db";
import { getItemDetail, HISTORY_LIMIT } from "@/lib/backlog/item-queries";
import { listAssignableUsers, listMentionableNames, listProjectOptions } from "@/lib/backlog/option-queries";
import { mayModerateComment } from "@/lib/auth/policy";
import type { UserActor } from "@/lib/domain/actors";
import { watchState } from "@/lib/notify/queries";
import { pullRequestsOf } from "@/lib/integrations/github-queries";
import { CHECKLIST_KINDS, type ChecklistKind } from "@/lib/domain/items";
import { criteriaWithRules, type ChecklistEntryView } from "@/lib/metrics/criteria";
import type { MetricOption } from "@/lib/metrics/queries";
import { asksForRunbook } from "@/lib/runbooks/asks-for-runbook";
import { loadSlaSettings } from "@/lib/sla/queries";
import { slaState } from "@/lib/sla/state";

// Everything the item page shows, as the page's components take it (dates as ISO strings, so it
// crosses to client components unchanged). The page decides what the viewer may do and renders;
// what it may do also decides what is read here (assignees for an editor, metrics for a lead).

/** What the viewer may do on the item page: which controls exist at all (the actions check again). */
export type ItemPagePermissions = {
  setStatus: boolean;
  tick: boolean;
  comment: boolean;
  update: boolean;
  editChecklist: boolean;
  link: boolean;
  delete: boolean;
  linkCriterion: boolean;
  createRunbook: boolean;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The item `key` of project `projectSlug` as its page shows it to `viewer` with `may`, or null. */
export async function loadItemPage(db: Db, projectSlug: string, key: string, may: ItemPagePermissions, viewer: UserActor | null = null) {
  const detail = await getItemDetail(db, projectSlug, key);
  if (!detail) return null;
  const { item, checklist, comments, links, history, userNames } = detail;
  const [projects, users, settings, criteria, watching, people, pullRequests] = await Promise.all([
    listProjectOptions(db),
    may.update ? listAssignableUsers(db) : [],
    loadSlaSettings(db),
    criteriaWithRules(db, checklist.acceptance, may.linkCriterion),
    viewer ? watchState(db, viewer.userId, "item", item.id, item.assigneeId === viewer.userId) : false,
    may.comment ? listMentionableNames(db) : [],
    pullRequestsOf(db, item.id),
  ]);

  const entriesOf = (kind: ChecklistKind): ChecklistEntryView[] =>
    kind === "acceptance" ? criteria.entries : checklist[kind].map((e) => ({ id: e.id, text: e.text, done: e.done, doneByName: e.doneByName, doneAt: iso(e.doneAt) }));
  const askedForRunbook = may.createRunbook && asksForRunbook({ title: item.title, texts: [...checklist.action, ...checklist.file].map((e) => e.text) });

  return {
    may,
    /** The header, the details rail (ItemFields) and the delete button. */
    item: {
      id: item.id,
      key: item.key,
      version: item.version,
      title: item.title,
      description: item.description,
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
      sla: slaState(item, new Date(), settings.atRiskShare),
    },
    /** The edit form's starting values and choices; null for a viewer who may not edit. */
    edit: may.update
      ? {
          item: {
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
          },
          users,
          projects,
        }
      : null,
    /** One list per kind: every kind for an editor, the non-empty ones otherwise. */
    checklists: CHECKLIST_KINDS.filter((kind) => may.editChecklist || checklist[kind].length).map((kind) => ({
      kind,
      entries: entriesOf(kind),
      metrics: kind === "acceptance" ? criteria.metrics : (undefined as MetricOption[] | undefined),
    })),
    links: links.map((l) => ({ ...l, createdAt: l.createdAt.toISOString() })),
    /** GitHub pull requests that name the item (lib/integrations), shown when there are any. */
    pullRequests,
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      edited: c.editedAt !== null,
      authorName: c.authorName,
      mayEdit: !!viewer && may.comment && mayModerateComment(viewer, c.authorId),
    })),
    /** Whether the viewer follows the item (the Watch button), and whom the comment box can @mention. */
    watching,
    people,
    history: {
      entries: history.map((h) => ({ ...h, at: h.at.toISOString() })),
      lookups: { users: userNames, projects: Object.fromEntries(projects.map((p) => [p.id, p.name])) },
      truncated: history.length >= HISTORY_LIMIT,
      // An imported item's creation is the import's one row, not a row of its own.
      imported: item.sourceImportId && !history.some((h) => h.record.action === "item.create") ? item.createdAt.toISOString() : null,
    },
    /** "Create runbook", first in the rail, when the item asks for one; with the runbooks already linked. */
    runbookOffer: askedForRunbook
      ? { existing: links.filter((l) => l.kind === "runbook" && l.runbookSlug).map((l) => ({ slug: l.runbookSlug!, title: l.runbookTitle ?? l.runbookSlug! })) }
      : null,
  };
}

export type ItemPage = NonNullable<Awaited<ReturnType<typeof loadItemPage>>>;
