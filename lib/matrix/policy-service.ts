import { and, eq, isNotNull, isNull, notExists, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, slaPolicies } from "@/db/schema";
import { appendAudit, type AuditActor } from "@/lib/audit-log/append";
import { publishChange } from "@/lib/live/publish";
import { fail } from "@/lib/result";
import { dueFrom, type SlaWindow } from "./due";
import type { PolicyRowInput } from "./schemas";

// Editing an SLA policy row and moving the due dates it governs, in one transaction: open items
// of that priority whose window has started and whose due date no lead overrode. A project row
// governs its project; a workspace-default row (project null) governs projects without their own.

const CHUNK = 5_000;

function governedItems(row: { projectId: string | null; priority: PolicyRowInput["priority"] }) {
  const own = row.projectId
    ? eq(backlogItems.projectId, row.projectId)
    : notExists(
        // a project's own row for this priority takes precedence over the default
        sql`(select 1 from ${slaPolicies} p where p.project_id = ${backlogItems.projectId} and p.priority = ${row.priority})`,
      );
  return and(
    own,
    eq(backlogItems.priority, row.priority),
    notInArray(backlogItems.status, ["done", "wont_do"]),
    isNotNull(backlogItems.slaStartedAt),
    isNull(backlogItems.dueOverrideReason),
  );
}

/** New due dates for the governed items; returns how many actually moved. */
async function recompute(tx: Tx, row: { projectId: string | null; priority: PolicyRowInput["priority"] }, window: SlaWindow, timeZone: string): Promise<number> {
  const where = governedItems(row);
  if (window.calendar === "calendar") {
    // Calendar hours are plain interval arithmetic: one statement, however many items.
    const moved = await tx
      .update(backlogItems)
      .set({ dueAt: sql`${backlogItems.slaStartedAt} + make_interval(hours => ${window.targetHours})` })
      .where(and(where, sql`${backlogItems.dueAt} is distinct from ${backlogItems.slaStartedAt} + make_interval(hours => ${window.targetHours})`))
      .returning({ id: backlogItems.id });
    return moved.length;
  }
  // Business days need the weekend logic of dueFrom: computed here, written back in chunks.
  const items = await tx.select({ id: backlogItems.id, start: backlogItems.slaStartedAt, due: backlogItems.dueAt }).from(backlogItems).where(where);
  const changes = items
    .map((i) => ({ id: i.id, due: dueFrom(i.start!, window, timeZone) }))
    .filter((c, k) => c.due.getTime() !== items[k]!.due?.getTime());
  for (let i = 0; i < changes.length; i += CHUNK) {
    const part = changes.slice(i, i + CHUNK);
    // One JSON parameter (drizzle would spread a JS array into a value list).
    const rows = JSON.stringify(part.map((c) => ({ id: c.id, due: c.due.toISOString() })));
    await tx.execute(sql`update ${backlogItems} b set due_at = v.due
      from jsonb_to_recordset(${rows}::jsonb) as v(id uuid, due timestamptz)
      where b.id = v.id`);
  }
  return changes.length;
}

export async function savePolicyRow(db: Db, actor: AuditActor, input: PolicyRowInput, timeZone = "UTC"): Promise<{ id: string; version: number; itemsMoved: number }> {
  return db.transaction(async (tx) => {
    const scope = input.projectId ? eq(slaPolicies.projectId, input.projectId) : isNull(slaPolicies.projectId);
    const [existing] = await tx.select().from(slaPolicies).where(and(scope, eq(slaPolicies.priority, input.priority))).for("update");
    const values = {
      label: input.label,
      targetHours: input.targetHours,
      calendar: input.calendar,
      ownership: input.ownership,
      trackingCadence: input.trackingCadence,
      escalation: input.escalation,
    };
    let saved: typeof slaPolicies.$inferSelect;
    if (existing) {
      if (input.version !== undefined && input.version !== existing.version) {
        fail("conflict", `The ${input.priority} row changed while you were editing (now ${existing.targetHours} hours, "${existing.label}"). Review it and save again.`, {
          current: existing,
        });
      }
      [saved] = await tx
        .update(slaPolicies)
        .set({ ...values, version: sql`${slaPolicies.version} + 1`, updatedAt: new Date() })
        .where(eq(slaPolicies.id, existing.id))
        .returning() as [typeof slaPolicies.$inferSelect];
    } else {
      [saved] = await tx.insert(slaPolicies).values({ projectId: input.projectId, priority: input.priority, ...values }).returning() as [typeof slaPolicies.$inferSelect];
    }
    const windowChanged = !existing || existing.targetHours !== input.targetHours || existing.calendar !== input.calendar;
    const itemsMoved = windowChanged ? await recompute(tx, input, { targetHours: input.targetHours, calendar: input.calendar }, timeZone) : 0;
    await appendAudit(tx, actor, {
      action: existing ? "sla_policy.update" : "sla_policy.create",
      entityType: "sla_policy",
      entityId: saved.id,
      before: existing
        ? { label: existing.label, targetHours: existing.targetHours, calendar: existing.calendar, ownership: existing.ownership, trackingCadence: existing.trackingCadence, escalation: existing.escalation }
        : null,
      after: { ...values, projectId: input.projectId, priority: input.priority, itemsMoved },
    });
    if (itemsMoved) await publishChange(tx, { type: "items", ids: [], by: "id" in actor ? actor.id : null });
    return { id: saved.id, version: saved.version, itemsMoved };
  });
}
