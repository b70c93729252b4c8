import "server-only";
import { auditLog } from "@/db/schema";
import type { Db, Tx } from "@/db";
import type { AuditAction } from "@/lib/domain/audit-actions";

/** Who did it: a signed-in user, or a named system process (seed, CLI, importer). */
export type AuditActor = { id: string; email: string } | { system: string };

export interface AuditEvent {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The actor columns of an audit row. */
export const auditWho = (actor: AuditActor) => ({ actorId: "id" in actor ? actor.id : null, actorLabel: "id" in actor ? actor.email : `system:${actor.system}` });

const CHUNK = 1000;

/** Appends many audit rows (a batch write's history) in chunks, inside the caller's transaction. */
export async function appendAuditRows(tx: Tx | Db, rows: (typeof auditLog.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(auditLog).values(rows.slice(i, i + CHUNK));
}

/** Appends one audit row; call it inside the same transaction as the write it records. */
export async function appendAudit(tx: Tx | Db, actor: AuditActor, event: AuditEvent) {
  await tx.insert(auditLog).values({
    ...auditWho(actor),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
