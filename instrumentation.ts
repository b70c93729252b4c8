// Runs once when a server instance starts: fail fast on a bad environment, then migrate.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // First, so no request is handled before its client address is known (lib/net/stamp.ts).
  const [{ installMethodGuard }, { getEnv }] = await Promise.all([import("@/lib/api/method-guard"), import("@/lib/env")]);
  let hops = 0;
  try {
    hops = getEnv().TRUST_PROXY_HOPS;
  } catch {
    // startServer reports the bad environment and exits.
  }
  installMethodGuard(hops);
  const { startServer } = await import("@/lib/startup");
  await startServer();
}
