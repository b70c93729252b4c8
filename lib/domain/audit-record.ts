import type { AuditAction, ItemAuditAction } from "./audit-actions";
import { AUDIT_PAYLOADS, type AuditAfter, type AuditBefore } from "./audit-payloads";

// A stored audit row read back as a discriminated union on its action, so the history views switch
// over the actions (and the compiler points at them when one is added) instead of picking at JSON.
// Stored JSON is untrusted (older versions wrote it, or a hand-made row): each side is validated
// against its action's schema, and a row that does not read is an "unreadable" record carrying
// what was stored. Reading never throws.

export type AuditRecordOf<A extends AuditAction> = A extends AuditAction ? { action: A; before: AuditBefore<A>; after: AuditAfter<A> } : never;

/** A row whose action this version does not know, whose entity is not its action's, or whose payload does not read. */
export type UnreadableAuditRecord = { action: "unreadable"; stored: string; before: unknown; after: unknown };

export type AuditRecord = AuditRecordOf<AuditAction> | UnreadableAuditRecord;
/** An item's history entry (the item writer's actions). */
export type ItemAuditRecord = AuditRecordOf<ItemAuditAction>;

type StoredAuditRow = { action: string; entityType: string; before: unknown; after: unknown };

const known = (action: string): action is AuditAction => Object.hasOwn(AUDIT_PAYLOADS, action);

export function readAuditRecord(row: StoredAuditRow): AuditRecord {
  const unreadable: UnreadableAuditRecord = { action: "unreadable", stored: row.action, before: row.before, after: row.after };
  if (!known(row.action)) return unreadable;
  const payload = AUDIT_PAYLOADS[row.action];
  if (row.entityType !== payload.entity) return unreadable;
  const before = payload.before.safeParse(row.before ?? null);
  const after = payload.after.safeParse(row.after ?? null);
  if (!before.success || !after.success) return unreadable;
  // Parsed by this action's own schemas: the pair is that action's record.
  return { action: row.action, before: before.data, after: after.data } as AuditRecord;
}

export const isItemRecord = (record: AuditRecord): record is ItemAuditRecord => record.action.startsWith("item.");

/** The action a record was stored under (an unreadable one's as stored). */
export const storedAction = (record: AuditRecord): string => (record.action === "unreadable" ? record.stored : record.action);

/**
 * A switch over the actions ends with `default: noActionLeft(record)`: it compiles only while every
 * action has its case, so adding one makes the compiler list each switch that must learn it.
 */
export function noActionLeft(record: never): void {
  void record;
}
