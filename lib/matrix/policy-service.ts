import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { projects, slaPolicies } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { publishChange } from "@/lib/live/publish";
import { fail } from "@/lib/result";
import { recomputeDueDates } from "@/lib/backlog/writer/due-dates";
import type { PolicyRowInput } from "./schemas";
import { loadSlaSettings } from "@/lib/sla/queries";

// Editing an SLA policy row (version-checked) and moving the due dates it governs, in one transaction.

export async function savePolicyRow(db: Db, actor: Actor, input: PolicyRowInput): Promise<{ id: string; version: number; itemsMoved: number }> {
  return db.transaction(async (tx) => {
    if (input.projectId && !(await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId))).length) {
      fail("invalid", "Policy of: that project no longer exists.", { fieldErrors: { projectId: ["that project no longer exists"] } });
    }
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
    const itemsMoved = windowChanged ? await recomputeDueDates(tx, input, { targetHours: input.targetHours, calendar: input.calendar, timeZone: (await loadSlaSettings(tx)).timeZone }) : 0;
    const after = { ...values, projectId: input.projectId, priority: input.priority, itemsMoved };
    await appendAudit(
      tx,
      actor,
      existing
        ? {
            action: "sla_policy.update",
            entityType: "sla_policy",
            entityId: saved.id,
            before: { label: existing.label, targetHours: existing.targetHours, calendar: existing.calendar, ownership: existing.ownership, trackingCadence: existing.trackingCadence, escalation: existing.escalation },
            after,
          }
        : { action: "sla_policy.create", entityType: "sla_policy", entityId: saved.id, after },
    );
    if (itemsMoved) await publishChange(tx, { type: "items", ids: [], by: userIdOf(actor) });
    return { id: saved.id, version: saved.version, itemsMoved };
  });
}
