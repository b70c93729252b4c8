import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db";
import { queryRows } from "./query-rows";

// Many rows in one INSERT whose values travel as a single JSON parameter, unpacked by PostgreSQL's
// jsonb_to_recordset. Drizzle's .values(rows) builds one bind parameter per cell through generic
// per-value checks: ~90 ms of CPU per 1,000 backlog items before the database sees anything, and
// PostgreSQL then parses 20,000 parameters. Here the query is a few hundred bytes and the rows one
// JSON.stringify. The columns are those any row gives; a row that leaves one out gets NULL, which
// is refused for a column with a default (a recordset cannot say DEFAULT for one row).

type Row<T extends PgTable> = T["$inferInsert"];

const toJson = (value: unknown) => (value instanceof Date ? value.toISOString() : value === undefined ? null : value);

/**
 * Inserts `rows` into `table` and returns the `returning` columns (database names) of each, in no
 * promised order: match them by a unique value, not by position.
 */
export async function insertJsonRows<T extends PgTable, R = Record<string, unknown>>(db: Db | Tx, table: T, rows: Row<T>[], returning: string[] = []): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, { name: string; hasDefault: boolean; getSQLType(): string }>;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined)))];
  for (const k of keys) if (!columns[k]) throw new Error(`insertJsonRows: ${k} is not a column`);
  const data = rows.map((row, i) => {
    const r = row as Record<string, unknown>;
    for (const k of keys) if (r[k] === undefined && columns[k]!.hasDefault) throw new Error(`insertJsonRows: row ${i} leaves out ${k}, which has a default`);
    return Object.fromEntries(keys.map((k) => [columns[k]!.name, toJson(r[k])]));
  });
  const names = sql.join(
    keys.map((k) => sql.identifier(columns[k]!.name)),
    sql`, `,
  );
  // Column types as the table declares them ("text[]", an enum's name, "timestamp with time zone").
  const record = sql.raw(keys.map((k) => `"${columns[k]!.name}" ${columns[k]!.getSQLType()}`).join(", "));
  const back: SQL = returning.length ? sql` returning ${sql.join(returning.map((c) => sql.identifier(c)), sql`, `)}` : sql``;
  return queryRows<R>(db, sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as x(${record})${back}`);
}
