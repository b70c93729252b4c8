// GET /api/health — liveness and database reachability for load balancers and monitors.
import { dbOptionsFromEnv, getDbHandle } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = defineRoute("health.read", { input: "none" }, async () => {
  const health = await checkHealth(getDbHandle, dbOptionsFromEnv().driver);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
