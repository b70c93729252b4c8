import "server-only";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { auditLog } from "@/db/schema";
import type { Caller } from "@/lib/domain/actors";
import { can } from "@/lib/auth/policy";
import { AUDIT_ENTITY_TYPES } from "@/lib/domain/audit-payloads";

export const auditFilterSchema = z.object({
  entity: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, keyset-paginated by id; admins only. */
export async function listAuditEntries(actor: Caller, filter: AuditFilter) {
  if (!can(actor, "auditLog.read")) forbidden();
  const db = await getDb();
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entityType, filter.entity));
  if (filter.before) where.push(lt(auditLog.id, filter.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}
