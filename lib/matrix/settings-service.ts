import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { slaPolicies, workspaceSettings } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { recomputeDueDates } from "@/lib/backlog/writer/due-dates";
import { publishChange } from "@/lib/live/publish";
import { fail } from "@/lib/result";
import type { SlaSettings } from "@/lib/sla/queries";
import type { SlaSettingsInput } from "./schemas";

/**
 * Saves the time zone and at-risk share. A new time zone moves the due dates of every
 * business-day window (their weekends are local), in the same transaction; the count is returned.
 */
export async function saveSlaSettings(db: Db, actor: Actor, input: SlaSettingsInput): Promise<SlaSettings & { itemsMoved: number }> {
  return db.transaction(async (tx) => {
    await tx.insert(workspaceSettings).values({ id: 1 }).onConflictDoNothing();
    const [existing] = await tx.select().from(workspaceSettings).where(eq(workspaceSettings.id, 1)).for("update");
    if (input.version !== undefined && input.version !== existing!.version) {
      fail("conflict", `The SLA settings changed while you were editing (now ${existing!.timeZone}, at risk below ${Math.round(existing!.atRiskShare * 100)}%). Review them and save again.`, {
        current: existing,
      });
    }
    const [saved] = await tx
      .update(workspaceSettings)
      .set({ timeZone: input.timeZone, atRiskShare: input.atRiskShare, version: sql`${workspaceSettings.version} + 1`, updatedAt: new Date() })
      .where(eq(workspaceSettings.id, 1))
      .returning();
    let itemsMoved = 0;
    if (existing!.timeZone !== input.timeZone) {
      const business = await tx.select().from(slaPolicies).where(eq(slaPolicies.calendar, "business"));
      for (const row of business) itemsMoved += await recomputeDueDates(tx, row, { targetHours: row.targetHours, calendar: "business", timeZone: input.timeZone });
    }
    await appendAudit(tx, actor, {
      action: "sla_settings.update",
      entityType: "sla_settings",
      entityId: "workspace",
      before: { timeZone: existing!.timeZone, atRiskShare: existing!.atRiskShare },
      after: { timeZone: input.timeZone, atRiskShare: input.atRiskShare, itemsMoved },
    });
    // The at-risk share changes every item's SLA state: cached counts must go.
    await publishChange(tx, { type: "items", ids: [], by: userIdOf(actor) });
    return { timeZone: saved!.timeZone, atRiskShare: saved!.atRiskShare, version: saved!.version, itemsMoved };
  });
}
