import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as core from "./schema";
import * as notificationTables from "./schema-notifications";
import * as webhookTables from "./schema-webhooks";
import * as integrationTables from "./schema-integrations";

// Every table, as Drizzle's relational queries see them (the inbox's tables live in their own file).
const schema = { ...core, ...notificationTables, ...webhookTables, ...integrationTables };

export type Schema = typeof schema;
/** What the app codes against: the same Drizzle API whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Driver = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  driver: Driver;
  /** PGlite runs on its own worker thread (db/pglite-thread). */
  thread?: boolean;
  /** Applies the committed migrations (idempotent; safe with several instances starting at once). */
  migrate(): Promise<void>;
  /** LISTEN on a channel; resolves to a function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DbOptions =
  | { driver: "postgres"; url: string; max?: number }
  | {
      driver: "pglite";
      dataDir?: string /* undefined = in memory */;
      /** PGlite on its own worker thread (db/pglite-thread), so SQL runs beside page rendering rather than between it. */
      thread?: boolean;
    };

export const migrationsFolder = join(process.cwd(), "db", "migrations");

export async function openDb(options: DbOptions): Promise<DbHandle> {
  return options.driver === "postgres" ? openPostgres(options.url, options.max) : openPglite(options.dataDir, options.thread ?? false);
}

async function openPglite(dataDir: string | undefined, thread: boolean): Promise<DbHandle> {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // PGlite does not create parent folders itself.
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const client = thread ? await (await import("./pglite-thread/client")).openPgliteThread(dataDir) : await (await import("@electric-sql/pglite")).PGlite.create(dataDir);
  // The thread's client has the part of PGlite's interface the driver uses (db/pglite-thread/client.ts).
  const db = drizzle({ client: client as Awaited<ReturnType<typeof import("@electric-sql/pglite").PGlite.create>>, schema });
  return {
    db: db as unknown as Db,
    driver: "pglite",
    thread,
    migrate: () => migrate(db, { migrationsFolder }),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload);
      return async () => stop();
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, max = 10): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { max, onnotice: () => {}, connect_timeout: 5 });
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Db,
    driver: "postgres",
    async migrate() {
      // One connection holds a session advisory lock so concurrent instances migrate one at a time.
      const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
      try {
        await single`select pg_advisory_lock(727311)`;
        await migrate(drizzle({ client: single, schema }), { migrationsFolder });
        await single`select pg_advisory_unlock(727311)`;
      } finally {
        await single.end();
      }
    },
    listen: async (channel, onPayload) => {
      // postgres.js keeps one dedicated connection for LISTEN and re-subscribes after reconnects.
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
}
