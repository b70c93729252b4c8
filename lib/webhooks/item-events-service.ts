import "server-only";
import { inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { backlogItems, projects } from "@/db/schema";
import type { webhookOutbox } from "@/db/schema-webhooks";
import type { Actor } from "@/lib/domain/actors";
import type { WebhookEvent } from "@/lib/domain/webhooks";
import { getEnv } from "@/lib/env";
import { endpointsWanting, insertOutbox } from "./outbox-service";

// What the item writer's changes tell other systems (called by lib/backlog/writer in the same
// transaction as the change): item.created, item.updated with each changed field's previous and new
// value, and item.status_changed. One query finds the endpoints that want any of them; with none
// (the usual case) that is the whole cost. A batch (a bulk edit, an import) is one insert.

type Row = typeof backlogItems.$inferSelect;
/** What an insert wrote: enough to describe the item. */
export type WebhookItemFacts = Pick<Row, "id" | "projectId" | "key" | "title" | "status" | "priority" | "assigneeId" | "dueAt">;
export type WebhookItemWrite = { before: Row | null; after: WebhookItemFacts & Partial<Row> };

/** The fields an item.updated names (the ones a person changes; clocks and versions follow from them). */
const FIELDS = ["title", "description", "categoryPath", "priority", "status", "blockedReason", "severity", "effortHours", "impact", "assigneeId", "dueAt", "projectId"] as const;

const json = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
const same = (a: unknown, b: unknown) => JSON.stringify(json(a)) === JSON.stringify(json(b));

export function actorJson(actor: Actor | null) {
  if (!actor) return { type: "system", name: "Health Backlog" };
  if (actor.kind === "user") return { type: "user", id: actor.userId, name: actor.name, email: actor.email };
  if (actor.kind === "token") return { type: "token", id: actor.tokenId, name: actor.tokenName };
  return { type: "system", name: actor.name };
}

/** An item as every event names it (payload-schemas.ts documents it). */
export type ItemFacts = Pick<Row, "id" | "key" | "title" | "status" | "priority" | "assigneeId" | "dueAt"> & { project: string };
export const itemPayload = (i: ItemFacts) => ({ id: i.id, key: i.key, title: i.title, project: i.project, status: i.status, priority: i.priority, assigneeId: i.assigneeId, dueAt: i.dueAt?.toISOString() ?? null });

/** The events each write makes, before knowing who wants them. */
export function itemEvents(writes: readonly WebhookItemWrite[]): { type: WebhookEvent; itemId: string; projectId: string; data: Record<string, unknown> }[] {
  const out: { type: WebhookEvent; itemId: string; projectId: string; data: Record<string, unknown> }[] = [];
  for (const { before, after } of writes) {
    const base = { itemId: after.id, projectId: after.projectId };
    if (!before) {
      out.push({ ...base, type: "item.created", data: {} });
      continue;
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const f of FIELDS) if (f in after && !same(before[f], after[f])) changes[f] = { from: json(before[f]), to: json(after[f]) };
    if (!Object.keys(changes).length) continue;
    out.push({ ...base, type: "item.updated", data: { changes } });
    if (changes.status) out.push({ ...base, type: "item.status_changed", data: { from: changes.status.from, to: changes.status.to, summary: `${changes.status.from} → ${changes.status.to}` } });
  }
  return out;
}

export async function webhookItemWrites(tx: Tx, actor: Actor | null, writes: readonly WebhookItemWrite[], now = new Date()) {
  if (!writes.length) return;
  const events = itemEvents(writes);
  if (!events.length) return;
  const types = [...new Set(events.map((e) => e.type))];
  const endpoints = await endpointsWanting(tx, types);
  if (!endpoints.length) return;
  const projectIds = [...new Set(events.map((e) => e.projectId))];
  const slugs = new Map((await tx.select({ id: projects.id, slug: projects.slug }).from(projects).where(inArray(projects.id, projectIds))).map((p) => [p.id, p.slug]));
  const items = new Map(writes.map((w) => [w.after.id, w.after]));
  const appUrl = getEnv().APP_URL?.replace(/\/$/, "");
  const who = actorJson(actor);
  const rows: (typeof webhookOutbox.$inferInsert)[] = [];
  for (const e of events) {
    const item = items.get(e.itemId)!;
    const project = slugs.get(item.projectId) ?? "";
    const payload = {
      item: itemPayload({ ...item, project }),
      actor: who,
      ...(appUrl ? { url: `${appUrl}/backlog/${encodeURIComponent(project)}/${encodeURIComponent(item.key)}` } : {}),
      ...e.data,
    };
    for (const endpoint of endpoints) if (endpoint.events.includes(e.type)) rows.push({ endpointId: endpoint.id, eventType: e.type, payload, createdAt: now, nextAttemptAt: now });
  }
  await insertOutbox(tx, rows);
}
