import { DrizzleQueryError } from "drizzle-orm/errors";

// One log line for an unexpected failure. A database error is summarised by its code, its message
// and the start of the statement: drizzle's DrizzleQueryError carries the whole statement and its
// parameters (a comment's text, an e-mail address, a token name) in its message, and a driver's
// error carries them as properties, so logging the error object wrote user input to the error log
// whenever input could make a query fail (U+0000 did).

const STATEMENT_CHARS = 60;

type DbError = Error & { code?: unknown; severity?: unknown };

function databaseCause(error: unknown): { error: DbError; statement?: string } | null {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause instanceof Error ? (error.cause as DbError) : new Error("query failed");
    return { error: cause, statement: error.query };
  }
  // postgres.js and PGlite errors: a SQLSTATE code (five characters) and a severity.
  if (error instanceof Error && typeof (error as DbError).code === "string" && "severity" in error) return { error: error as DbError };
  return null;
}

/** A short description of `error` that holds no query parameters. */
export function errorLine(error: unknown): string {
  const db = databaseCause(error);
  if (db) {
    const code = typeof db.error.code === "string" ? ` ${db.error.code}` : "";
    const statement = db.statement ? ` in "${db.statement.replace(/\s+/g, " ").slice(0, STATEMENT_CHARS)}…"` : "";
    return `database error${code}: ${db.error.message}${statement}`;
  }
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
