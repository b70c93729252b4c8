import type { Db } from "./client";

/**
 * A statement built and prepared once per database handle (tests open several; the app one), for
 * the queries every request runs: drizzle builds SQL text from the query builder each time it is
 * called, which on the hot paths cost more CPU than the query itself. Values go in as
 * `sql.placeholder(name)` and are passed to `execute({ name: value })`.
 */
export function preparedFor<P>(build: (db: Db) => P): (db: Db) => P {
  const byDb = new WeakMap<Db, P>();
  return (db) => {
    let statement = byDb.get(db);
    if (!statement) byDb.set(db, (statement = build(db)));
    return statement;
  };
}
