// POST /api/v1/metrics/{key}/points — record one value ({ value, recordedAt?, note? }) or a batch
// ({ points: [...] }, up to 10,000), all or nothing. CI posts with a `metrics:write` token.
// GET  /api/v1/metrics/{key}/points?range=90d — the chart series (downsampled beyond 1,000 points).
import { getDb } from "@/db";
import { API } from "@/lib/api/catalog";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { chartSeries } from "@/lib/metrics/queries";
import { METRIC_KEY_PATTERN } from "@/lib/metrics/schemas";
import { metricByKey, recordPoints } from "@/lib/metrics/service";

export const dynamic = "force-dynamic";

async function findMetric(params: Record<string, string | string[]>) {
  const key = typeof params.key === "string" ? params.key : "";
  const metric = METRIC_KEY_PATTERN.test(key) ? await metricByKey(await getDb(), key) : null;
  return { key, metric };
}

export const POST = defineRoute(API.postPoints.action, API.postPoints, async (points, { actor, params }) => {
  const { key, metric } = await findMetric(params);
  if (!metric) return errorResponse({ code: "not_found", message: `No metric with the key '${key}'. A lead defines it on /metrics first.` });
  const source = actor!.kind === "token" ? `api:${actor!.tokenName}` : "api";
  const db = await getDb();
  const recorded = await recordPoints(db, actor!, metric, points, source);
  return Response.json({ recorded: recorded.count, metric: metric.key, first: recorded.first, last: recorded.last, latest: recorded.latest }, { status: 201 });
});

export const GET = defineRoute(API.getPoints.action, API.getPoints, async ({ range }, { params }) => {
  const { key, metric } = await findMetric(params);
  if (!metric) return errorResponse({ code: "not_found", message: `No metric with the key '${key}'.` });
  const series = await chartSeries(await getDb(), metric.id, range ?? "90d");
  return { metric: metric.key, range: range ?? "90d", ...series };
});
