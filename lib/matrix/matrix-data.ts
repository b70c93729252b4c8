import "server-only";
import type { Db } from "@/db";
import { changeCache } from "@/lib/live/change-cache";
import { compliance, escalationList, oldestOverdue, quadrantItems, slaCounts, statusGrid } from "./queries";
import { loadSlaSettings } from "@/lib/sla/queries";

/** Items per quadrant on the board: a screenful; the rest are counted ("and N more"). */
const PER_QUADRANT = 24;

/** Everything the matrix page shows for all projects (null) or one. */
export async function loadMatrix(db: Db, projectId: string | null) {
  const [grid, sla, closed, oldest, escalation, quadrant, settings] = await Promise.all([
    statusGrid(db, projectId),
    slaCounts(db, projectId),
    compliance(db, projectId),
    oldestOverdue(db, projectId),
    escalationList(db, projectId),
    quadrantItems(db, projectId, PER_QUADRANT),
    loadSlaSettings(db),
  ]);
  return { grid, sla, closed, oldest, escalation, quadrant, settings, asOf: new Date() };
}

export type MatrixData = Awaited<ReturnType<typeof loadMatrix>>;

// Every figure on the page aggregates the whole table (≈ 100 ms of database time at 100,000
// items), and stakeholders open it far more often than items change: it is kept per project until
// the next committed change, and at most 30 s, since SLA states also move with the clock alone.
const cache = changeCache<MatrixData>("matrix", { ttlMs: 30_000, limit: 200 });

export function cachedMatrix(db: Db, projectId: string | null): Promise<MatrixData> {
  return cache(projectId ?? "*", () => loadMatrix(db, projectId));
}
