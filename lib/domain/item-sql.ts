import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { backlogItems } from "@/db/schema";
import { CLOSED_STATUSES } from "./items";

// "Closed" and "open" for queries, from the one list in ./items.ts. The text is exactly the
// predicate of the partial indexes in db/schema.ts (status not in ('done', 'wont_do')), so the
// planner still matches them.

const CLOSED_LIST = sql.raw(CLOSED_STATUSES.map((s) => `'${s}'`).join(", "));

/** `status in ('done', 'wont_do')` for a status column (the items table's by default, or an alias's). */
export const closedSql = (status: SQL | AnyColumn = backlogItems.status): SQL => sql`${status} in (${CLOSED_LIST})`;

/** `status not in ('done', 'wont_do')`. */
export const openSql = (status: SQL | AnyColumn = backlogItems.status): SQL => sql`${status} not in (${CLOSED_LIST})`;
