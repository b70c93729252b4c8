import "server-only";
import { eq, isNull, or } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { slaPolicies, workspaceSettings } from "@/db/schema";
import type { SlaWindows } from "./due";
import { DEFAULT_AT_RISK_SHARE } from "./state";

// The SLA's reads. The workspace's SLA settings: the time zone business-day windows count in, and the
// share of a window below which an open item is "at risk". Saved from the matrix
// (lib/matrix/settings-service.ts, policy-service.ts).

export type SlaSettings = { timeZone: string; atRiskShare: number; version: number };

const DEFAULTS: SlaSettings = { timeZone: "UTC", atRiskShare: DEFAULT_AT_RISK_SHARE, version: 0 };

/** The workspace's SLA settings (defaults until a lead saves them). */
export async function loadSlaSettings(db: Db | Tx): Promise<SlaSettings> {
  const [row] = await db
    .select({ timeZone: workspaceSettings.timeZone, atRiskShare: workspaceSettings.atRiskShare, version: workspaceSettings.version })
    .from(workspaceSettings)
    .where(eq(workspaceSettings.id, 1));
  return row ?? DEFAULTS;
}

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
