// npm run dev — next dev on its own PGlite folder (.data/dev), migrated and seeded with demo data.
// A separate folder from the demo: two processes must never open one PGlite folder.
import { seedDemo } from "@/db/demo/seed";
import { getEnv } from "@/lib/env";
import { withDb } from "./lib/open-db";
import { bin, serve } from "./lib/run";

process.env.DATA_DIR ||= ".data/dev";
process.env.DEMO_MODE ||= "true";
process.env.NEXT_TELEMETRY_DISABLED = "1";
getEnv();
await withDb(({ db }) => seedDemo(db));
serve(bin("next"), ["dev", "-p", process.env.PORT || "3000"]);
