import "server-only";
import { getDbHandle } from "@/db";
import { pruneSessions } from "@/lib/auth/sessions";
import { pruneThrottle } from "@/lib/auth/throttle";
import { getEnv } from "@/lib/env";
import { startBackgroundWork } from "@/lib/reminders/scheduler";

/** Server start-up (from instrumentation.ts): a bad environment stops the process with a clear message. */
export async function startServer() {
  try {
    getEnv();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  try {
    const handle = await getDbHandle();
    console.log(`[start] database ready (${handle.driver}${handle.thread ? " on its own thread" : ""}), migrations applied`);
    // Ended sessions and forgotten sign-in failures: nothing reads them any more.
    await Promise.all([pruneSessions(handle.db), pruneThrottle(handle.db)]);
    // Reminders, digests and the e-mail queue (lib/reminders/scheduler.ts).
    startBackgroundWork(getDbHandle);
  } catch (error) {
    // Keep serving: /api/health reports the outage and the next request retries the connection.
    console.error("[start] database unavailable at start-up:", error instanceof Error ? error.message : error);
  }
}
