import { and, eq, isNotNull, isNull, notExists, notInArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { backlogItems, slaPolicies } from "@/db/schema";
import { dueFrom, type Priority, type SlaWindow } from "@/lib/sla/due";
import { CLOSED_STATUSES } from "@/lib/domain/items";

// The writer of policy-driven due dates (the item writer's batch path for an SLA policy change):
// open items of that priority whose window has started and whose due date no lead overrode move
// with the policy. A project row governs its project; a workspace-default row (project null)
// governs the projects without their own row. Set-based, because one policy change may move
// 100,000 items: no per-item history (the policy change is the history) and one NOTIFY from the
// caller; versions are bumped, so a form opened before the move is told the item changed.

const CHUNK = 5_000;

type Governing = { projectId: string | null; priority: Priority };

function governedItems(row: Governing) {
  const own = row.projectId
    ? eq(backlogItems.projectId, row.projectId)
    : notExists(
        // a project's own row for this priority takes precedence over the default
        sql`(select 1 from ${slaPolicies} p where p.project_id = ${backlogItems.projectId} and p.priority = ${row.priority})`,
      );
  return and(
    own,
    eq(backlogItems.priority, row.priority),
    notInArray(backlogItems.status, [...CLOSED_STATUSES]),
    isNotNull(backlogItems.slaStartedAt),
    isNull(backlogItems.dueOverrideReason),
  );
}

/** Sets the governed items' due dates from `window`, in the caller's transaction; returns how many moved. */
export async function recomputeDueDates(tx: Tx, row: Governing, window: SlaWindow): Promise<number> {
  const where = governedItems(row);
  if (window.calendar === "calendar") {
    // Calendar hours are plain interval arithmetic: one statement, however many items.
    const moved = await tx
      .update(backlogItems)
      .set({ dueAt: sql`${backlogItems.slaStartedAt} + make_interval(hours => ${window.targetHours})`, version: sql`${backlogItems.version} + 1` })
      .where(and(where, sql`${backlogItems.dueAt} is distinct from ${backlogItems.slaStartedAt} + make_interval(hours => ${window.targetHours})`))
      .returning({ id: backlogItems.id });
    return moved.length;
  }
  // Business days need the weekend logic of dueFrom: computed here, written back in chunks.
  const items = await tx.select({ id: backlogItems.id, start: backlogItems.slaStartedAt, due: backlogItems.dueAt }).from(backlogItems).where(where);
  const changes = items
    .map((i) => ({ id: i.id, due: dueFrom(i.start!, window) }))
    .filter((c, k) => c.due.getTime() !== items[k]!.due?.getTime());
  for (let i = 0; i < changes.length; i += CHUNK) {
    const part = changes.slice(i, i + CHUNK);
    // One JSON parameter (drizzle would spread a JS array into a value list).
    const rows = JSON.stringify(part.map((c) => ({ id: c.id, due: c.due.toISOString() })));
    await tx.execute(sql`update ${backlogItems} b set due_at = v.due, version = b.version + 1
      from jsonb_to_recordset(${rows}::jsonb) as v(id uuid, due timestamptz)
      where b.id = v.id`);
  }
  return changes.length;
}
