import "server-only";
import { asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db";
import { slaPolicies } from "@/db/schema";
import type { Priority } from "@/lib/sla/due";
import { PRIORITIES } from "@/lib/domain/items";

export type PolicyRow = typeof slaPolicies.$inferSelect;
/** One priority of a scope's policy: its own row, and the workspace default it falls back to. */
export type PolicyLine = { priority: Priority; own: PolicyRow | null; fallback: PolicyRow | null };

/** The policy of the workspace (projectId null) or of one project, with what it inherits. */
export async function loadPolicy(db: Db, projectId: string | null): Promise<PolicyLine[]> {
  const rows = await db
    .select()
    .from(slaPolicies)
    .where(projectId ? or(eq(slaPolicies.projectId, projectId), isNull(slaPolicies.projectId)) : isNull(slaPolicies.projectId))
    .orderBy(asc(slaPolicies.priority));
  return PRIORITIES.map((priority) => {
    const fallback = rows.find((r) => r.priority === priority && r.projectId === null) ?? null;
    const own = projectId ? (rows.find((r) => r.priority === priority && r.projectId === projectId) ?? null) : fallback;
    return { priority, own, fallback: projectId ? fallback : null };
  });
}
