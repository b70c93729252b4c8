import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { backlogItems, projects } from "@/db/schema";
import type { Actor } from "@/lib/domain/actors";
import { getEnv } from "@/lib/env";
import { actorJson, itemPayload, type ItemFacts } from "./item-events-service";
import { queueWebhookEvent, queueWebhookEvents } from "./outbox-service";

// The events besides the item writer's, each queued in its change's transaction by the service that
// makes the change: a comment added, an import finished, a metric crossing a threshold, an item
// going overdue and a runbook falling due for review (the reminder pass). Each payload is built only
// when an endpoint wants it.

const appUrl = () => getEnv().APP_URL?.replace(/\/$/, "");
const link = (path: string) => {
  const base = appUrl();
  return base ? { url: `${base}${path}` } : {};
};

async function itemJson(tx: Tx, itemId: string) {
  const [row] = await tx
    .select({ id: backlogItems.id, key: backlogItems.key, title: backlogItems.title, project: projects.slug, status: backlogItems.status, priority: backlogItems.priority, assigneeId: backlogItems.assigneeId, dueAt: backlogItems.dueAt })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(eq(backlogItems.id, itemId));
  return row ? itemPayload(row) : null;
}

const itemPath = (item: { project: string; key: string }) => `/backlog/${encodeURIComponent(item.project)}/${encodeURIComponent(item.key)}`;

export async function webhookComment(tx: Tx, actor: Actor, itemId: string, comment: { id: string; body: string; createdAt: Date }) {
  await queueWebhookEvent(tx, "comment.created", async () => {
    const item = await itemJson(tx, itemId);
    return { comment: { id: comment.id, body: comment.body, createdAt: comment.createdAt.toISOString() }, item, actor: actorJson(actor), summary: comment.body.slice(0, 200), ...(item ? link(itemPath(item)) : {}) };
  });
}

export async function webhookImportCompleted(tx: Tx, actor: Actor, run: { importId: string; projectId: string; fileName: string; created: number; updated: number }) {
  await queueWebhookEvent(tx, "import.completed", async () => {
    const [project] = await tx.select({ slug: projects.slug, name: projects.name }).from(projects).where(eq(projects.id, run.projectId));
    return {
      import: { id: run.importId, fileName: run.fileName, created: run.created, updated: run.updated },
      project: project ?? null,
      actor: actorJson(actor),
      summary: `${run.fileName}: ${run.created} created, ${run.updated} updated`,
      ...(project ? link(`/backlog?project=${encodeURIComponent(project.slug)}`) : {}),
    };
  });
}

export async function webhookMetricCrossed(tx: Tx, actor: Actor, metric: { key: string; name: string; unit: string }, from: string, to: string, value: number) {
  await queueWebhookEvent(tx, "metric.threshold_crossed", {
    metric: { key: metric.key, name: metric.name, unit: metric.unit },
    from,
    to,
    value,
    actor: actorJson(actor),
    summary: `${from} → ${to} at ${value}${metric.unit ? ` ${metric.unit}` : ""}`,
    ...link(`/metrics/${encodeURIComponent(metric.key)}`),
  });
}

export async function webhookItemOverdue(tx: Tx, items: readonly ItemFacts[]) {
  await queueWebhookEvents(
    tx,
    "item.overdue",
    items.map((item) => ({
      item: itemPayload(item),
      summary: `overdue since ${item.dueAt?.toISOString() ?? "?"}`,
      ...link(itemPath(item)),
    })),
  );
}

export async function webhookReviewDue(tx: Tx, runbooks: readonly { id: string; slug: string; title: string; ownerId: string | null; dueAt: Date }[]) {
  await queueWebhookEvents(
    tx,
    "runbook.review_due",
    runbooks.map((r) => ({
      runbook: { id: r.id, slug: r.slug, title: r.title, ownerId: r.ownerId, reviewDueAt: r.dueAt.toISOString() },
      summary: `review due since ${r.dueAt.toISOString()}`,
      ...link(`/runbooks/${encodeURIComponent(r.slug)}`),
    })),
  );
}
