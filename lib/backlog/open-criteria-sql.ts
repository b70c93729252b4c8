import "server-only";
import { sql } from "drizzle-orm";
import { backlogItems, checklistItems } from "@/db/schema";
import { OPEN_CRITERIA_SHOWN } from "./open-criteria";

// An item's open acceptance criteria as two select-list columns, for lists that offer a status
// control (the backlog table, the triage inbox). Correlated subqueries: PostgreSQL runs them for
// the returned rows only (after the sort and limit), each one probe of checklist_items_item_idx
// (item_id, kind, position), so a page costs no extra round trip and no query per row.

const open = sql`c.item_id = ${backlogItems.id} and c.kind = 'acceptance' and not c.done`;

export const openCriteriaCountSql = sql<number>`(select count(*)::int from ${checklistItems} c where ${open})`;

export const openCriteriaTextsSql = sql<string[]>`array(select c.text from ${checklistItems} c where ${open} order by c.position limit ${sql.raw(String(OPEN_CRITERIA_SHOWN))})`;
