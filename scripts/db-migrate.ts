// npm run db:migrate — applies db/migrations to PGlite in DATA_DIR, or to DATABASE_URL if set.
import { count } from "drizzle-orm";
import { drizzleMigrations } from "@/db/migrations-table";
import { runCli } from "./lib/cli";
import { withDb } from "./lib/open-db";

await runCli(() =>
  withDb(async ({ db, driver }) => {
    const [row] = await db.select({ n: count() }).from(drizzleMigrations);
    console.log(`Migrations applied (${driver}): ${row?.n ?? 0} in total.`);
  }),
);
