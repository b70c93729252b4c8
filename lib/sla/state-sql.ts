import { sql, type SQL } from "drizzle-orm";
import { backlogItems, workspaceSettings } from "@/db/schema";
import type { SlaState } from "./state";
import { openSql } from "@/lib/domain/item-sql";

// An item's SLA state (state.ts) in SQL: the backlog table, its filter and sort, and the matrix
// counts all read this one rule.

// The workspace's configured share: an uncorrelated subquery, evaluated once per statement.
const AT_RISK_SHARE = sql`(select ${workspaceSettings.atRiskShare} from ${workspaceSettings} where ${workspaceSettings.id} = 1)`;

const OPEN = openSql();
const windowStart = sql`coalesce(${backlogItems.slaStartedAt}, ${backlogItems.triagedAt}, ${backlogItems.createdAt})`;

// The open-item part of the rule, on its own: for queries whose WHERE already keeps only open
// items with a due date it reads nothing outside the partial (priority, due_at) index
// backlog_items_open_sla_idx (which INCLUDEs the window-start columns), so counts stay index-only.
const OPEN_ITEM_STATE = sql`case
  when ${backlogItems.dueAt} < now() then 'overdue'
  when now() >= ${backlogItems.dueAt} - (${backlogItems.dueAt} - ${windowStart}) * ${AT_RISK_SHARE} then 'at_risk'
  else 'on_track' end`;

/** SQL expression yielding 'overdue' | 'at_risk' | 'on_track' | 'none'. */
export const slaStateSql: SQL<SlaState> = sql<SlaState>`case when not (${OPEN}) or ${backlogItems.dueAt} is null then 'none' else ${OPEN_ITEM_STATE} end`;

/** The state of an item known to be open and to have a due date (see OPEN_ITEM_STATE). */
export const openItemSlaStateSql = sql<Exclude<SlaState, "none">>`${OPEN_ITEM_STATE}`;

/** Sort rank: the most urgent first when ascending. */
export const slaRankSql = sql<number>`case
  when not (${OPEN}) or ${backlogItems.dueAt} is null then 3
  when ${backlogItems.dueAt} < now() then 0
  when now() >= ${backlogItems.dueAt} - (${backlogItems.dueAt} - ${windowStart}) * ${AT_RISK_SHARE} then 1
  else 2 end`;
