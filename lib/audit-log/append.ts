import "server-only";
import { auditLog } from "@/db/schema";
import type { Db, Tx } from "@/db";
import { actorIdOf, actorLabelOf, type Actor } from "@/lib/domain/actors";
import type { AuditAction } from "@/lib/domain/audit-actions";

export interface AuditEvent {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The actor columns of an audit row: which kind of actor, its id (a user's or a token's) and a label that outlives it. */
export const auditWho = (actor: Actor) => ({ actorType: actor.kind, actorId: actorIdOf(actor), actorLabel: actorLabelOf(actor) });

const CHUNK = 1000;

/** Appends many audit rows (a batch write's history) in chunks, inside the caller's transaction. */
export async function appendAuditRows(tx: Tx | Db, rows: (typeof auditLog.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(auditLog).values(rows.slice(i, i + CHUNK));
}

/** Appends one audit row; call it inside the same transaction as the write it records. */
export async function appendAudit(tx: Tx | Db, actor: Actor, event: AuditEvent) {
  await tx.insert(auditLog).values({
    ...auditWho(actor),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
