import "server-only";
import { eq, isNull, or } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { slaPolicies } from "@/db/schema";
import type { SlaWindows } from "./due";
import { loadSlaSettings } from "./settings";

/**
 * A project's SLA windows: its own policy rows, else the workspace default's, per priority; each
 * carries the workspace time zone its business days are counted in.
 */
export async function loadWindows(tx: Tx | Db, projectId: string): Promise<SlaWindows> {
  const rows = await tx
    .select({ projectId: slaPolicies.projectId, priority: slaPolicies.priority, targetHours: slaPolicies.targetHours, calendar: slaPolicies.calendar })
    .from(slaPolicies)
    .where(or(eq(slaPolicies.projectId, projectId), isNull(slaPolicies.projectId)));
  const settings = await loadSlaSettings(tx);
  const windows: SlaWindows = {};
  // Workspace rows first, so the project's own rows overwrite them.
  for (const r of [...rows].sort((a, b) => (a.projectId === null ? -1 : 0) - (b.projectId === null ? -1 : 0))) {
    windows[r.priority] = { targetHours: r.targetHours, calendar: r.calendar, timeZone: settings.timeZone };
  }
  return windows;
}
