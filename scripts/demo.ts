// npm run demo — the whole product on this machine with nothing to install: embedded PGlite in
// DATA_DIR (default .data/), migrations, demo users and projects, a production build, next start.
import { seedDemo } from "@/db/demo/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/demo/users";
import { getEnv, readOrCreateLocalSecret } from "@/lib/env";
import { buildIsCurrent, recordBuild, sourceStamp } from "./lib/build-stamp";
import { withDb } from "./lib/open-db";
import { exitWhenFlushed } from "./lib/cli";
import { bin, run, serve } from "./lib/run";

process.env.DEMO_MODE ||= "true";
process.env.AUTH_TRUST_HOST ||= "true";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const env = await Promise.resolve()
  .then(getEnv)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return exitWhenFlushed(1);
  });
// Sessions stay valid across restarts: the generated secret is kept beside the data.
process.env.AUTH_SECRET ||= readOrCreateLocalSecret(env.dataDir);

await withDb(async ({ db, driver }) => {
  const seeded = await seedDemo(db);
  const where = driver === "pglite" ? `PGlite in ${env.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`[demo] database: ${where}; ${seeded.usersCreated} users and ${seeded.itemsCreated} items added`);
});

const stamp = sourceStamp();
if (buildIsCurrent(stamp)) {
  console.log("[demo] production build is up to date");
} else {
  console.log("[demo] building the app (about a minute)…");
  await run(bin("next"), ["build"]);
  recordBuild(stamp);
}

const port = process.env.PORT || "3000";
console.log(`\n[demo] http://localhost:${port}  (demo data; every account's password is "${DEMO_PASSWORD}")`);
for (const u of DEMO_USERS) console.log(`[demo]   ${u.role.padEnd(8)} ${u.email}`);
console.log("");
serve(bin("next"), ["start", "-p", port]);
