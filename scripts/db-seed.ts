// npm run db:seed — loads the demo users and projects (idempotent).
import { seedDemo } from "@/db/demo/seed";
import { withDb } from "./lib/open-db";

await withDb(async ({ db, driver }) => {
  const result = await seedDemo(db);
  console.log(`Demo data (${driver}): ${result.usersCreated} users and ${result.projectsCreated} projects created.`);
});
