import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { workspaceSettings } from "@/db/schema";
import { DEFAULT_AT_RISK_SHARE } from "./state";

// The workspace's SLA settings: the time zone business-day windows count in, and the share of a
// window below which an open item is "at risk". Saved from the matrix (lib/matrix/settings-service.ts).

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
