// GET /api/health — liveness and database reachability for load balancers and monitors.
import { dbOptionsFromEnv, getDbHandle } from "@/db";
import { API } from "@/lib/api/catalog";
import { defineRoute } from "@/lib/auth/route";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = defineRoute(API.health.action, API.health, async () => {
  const health = await checkHealth(getDbHandle, dbOptionsFromEnv().driver);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
