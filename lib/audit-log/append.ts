import "server-only";
import { auditLog } from "@/db/schema";
import type { Db, Tx } from "@/db";
import { actorIdOf, actorLabelOf, type Actor } from "@/lib/domain/actors";
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { AuditEvent } from "@/lib/domain/audit-payloads";

/** What happened, to what, and the payloads that action stores (lib/domain/audit-payloads.ts). */
export type { AuditEvent };
/** A whole row of a batch: who (the actor columns) and an event. */
export type AuditRow = Omit<typeof auditLog.$inferInsert, "action" | "entityType" | "entityId" | "before" | "after"> & AuditEvent;

/** The actor columns of an audit row: which kind of actor, its id (a user's or a token's) and a label that outlives it. */
export const auditWho = (actor: Actor) => ({ actorType: actor.kind, actorId: actorIdOf(actor), actorLabel: actorLabelOf(actor) });

const CHUNK = 1000;

/** Appends many audit rows (a batch write's history) in chunks, inside the caller's transaction. */
export async function appendAuditRows(tx: Tx | Db, rows: AuditRow[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(auditLog).values(rows.slice(i, i + CHUNK));
}

/** Appends one audit row; call it inside the same transaction as the write it records. */
export async function appendAudit<A extends AuditAction>(tx: Tx | Db, actor: Actor, event: AuditEvent<A>) {
  await tx.insert(auditLog).values({
    ...auditWho(actor),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
