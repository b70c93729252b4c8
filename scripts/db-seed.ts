// npm run db:seed — loads the demo users and the five demo plans through the importer (idempotent).
import { seedDemo } from "@/db/demo/seed";
import { withDb } from "./lib/open-db";

await withDb(async ({ db, driver }) => {
  const result = await seedDemo(db);
  console.log(`Demo data (${driver}): ${result.usersCreated} users and ${result.itemsCreated} items created.`);
});
