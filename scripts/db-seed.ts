// npm run db:seed — loads the demo users and the five demo plans through the importer (idempotent).
import { seedDemo } from "@/db/demo/seed";
import { runCli } from "./lib/cli";
import { withDb } from "./lib/open-db";

await runCli(() =>
  withDb(async ({ db, driver }) => {
    const result = await seedDemo(db);
    console.log(`Demo data (${driver}): ${result.usersCreated} users and ${result.itemsCreated} items created.`);
  }),
);
