// The server the browser tests drive: a production build on a throwaway PGlite folder with the
// demo users and projects, on E2E_PORT. Never touches a shared database.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemo } from "@/db/demo/seed";
import { buildIsCurrent, recordBuild, sourceStamp } from "./lib/build-stamp";
import { applyE2eFixtures } from "./lib/e2e-fixtures";
import { E2E_GITHUB_WEBHOOK_SECRET } from "./lib/e2e-secrets";
import { withDb } from "./lib/open-db";
import { bin, run, serve } from "./lib/run";

const dataDir = mkdtempSync(join(tmpdir(), "hb-e2e-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.DEMO_MODE = "true";
process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
process.env.AUTH_TRUST_HOST = "true";
// As if behind one reverse proxy: the browser tests play that proxy, so they can speak from several
// client addresses (X-Forwarded-For) and check what is throttled per address. Requests without the
// header fall back to the socket's address, as a proxy-less deployment would see them.
process.env.TRUST_PROXY_HOPS = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// The GitHub integration is on, so e2e/github.spec.ts can deliver signed pull request events.
process.env.GITHUB_WEBHOOK_SECRET = E2E_GITHUB_WEBHOOK_SECRET;
// The webhook spec's receiver listens on loopback, which deliveries refuse unless an admin allows it.
process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));

await withDb(async ({ db }) => {
  await seedDemo(db);
  await applyE2eFixtures(db);
});

const stamp = sourceStamp();
if (!buildIsCurrent(stamp)) {
  await run(bin("next"), ["build"]);
  recordBuild(stamp);
}
serve(bin("next"), ["start", "-H", "127.0.0.1", "-p", process.env.E2E_PORT ?? "3001"]);
