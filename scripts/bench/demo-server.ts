// What the browser benchmarks (bundle-bench.ts, lighthouse-bench.ts) stand on, written once: the
// production build (or, with BENCH_KEEP_BUILD=1, the one in .next as it is), a throwaway PostgreSQL
// database holding the demo data, and `next start` over it. Everything it sets up goes into `cleanups`.
import { openDb } from "@/db/client";
import { seedDemo } from "@/db/demo/seed";
import { serverEnv, type Cleanups, type Log } from "./harness";
import { ensureBuild, freePort, startServer, stopServer, throwawayDatabase, waitForHealth, type Server } from "./server";

export async function startDemoServer(cleanups: Cleanups, label: string, databaseServer: string, log: Log): Promise<{ server: Server; databaseUrl: string }> {
  if (process.env.BENCH_KEEP_BUILD === "1") log("measuring the build in .next as it is (BENCH_KEEP_BUILD=1)");
  else await ensureBuild(log);
  const database = await throwawayDatabase(databaseServer, label);
  cleanups.add(database.drop);
  const handle = await openDb({ driver: "postgres", url: database.url });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
  } finally {
    await handle.close();
  }
  const server = startServer(await freePort(), serverEnv(cleanups, `hb-${label}-bench-`, database.url));
  cleanups.add(() => stopServer(server));
  await waitForHealth(server);
  return { server, databaseUrl: database.url };
}
