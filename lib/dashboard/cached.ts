import "server-only";
import type { Db } from "@/db";
import type { Caller } from "@/lib/domain/actors";
import { can } from "@/lib/auth/policy";
import { changeCache } from "@/lib/live/change-cache";
import { compliance, escalationList, slaCounts } from "@/lib/matrix/queries";
import { listMetricSummaries, type MetricSummary } from "@/lib/metrics/queries";
import { listProjectSummaries, type ProjectSummary } from "@/lib/projects/queries";

// The dashboard is every stakeholder's first page and changes only when data does: its figures are
// kept until the next committed change that can affect them, and at most a minute, since
// sparklines and "latest" move with time.

const projects = changeCache<ProjectSummary[]>("dashboard-projects", { ttlMs: 60_000, limit: 1 });
// Any change: metric events, and item changes too, since an import may define metrics.
const metrics = changeCache<MetricSummary[]>("metric-summaries", { ttlMs: 60_000, limit: 1, dropsOn: () => true });

/** Project counts. The role check stays per caller, outside the cache shared by all of them. */
export async function cachedProjectSummaries(actor: Caller): Promise<ProjectSummary[]> {
  return can(actor, "pages.dashboard") ? projects("all", () => listProjectSummaries(actor)) : [];
}

export const cachedMetricSummaries = (db: Db) => metrics("all", () => listMetricSummaries(db));

/** The SLA figures the dashboard shows: only these three of the matrix's queries (no quadrants, no grid). */
export async function loadDashboardSla(db: Db) {
  const [sla, closed, escalation] = await Promise.all([slaCounts(db, null), compliance(db, null), escalationList(db, null)]);
  return { sla, closed, escalation };
}

const sla = changeCache<Awaited<ReturnType<typeof loadDashboardSla>>>("dashboard-sla", { ttlMs: 30_000, limit: 1 });

export const cachedDashboardSla = (db: Db) => sla("all", () => loadDashboardSla(db));
