// POST /api/v1/metrics/{key}/points — record one value ({ value, recordedAt?, note? }) or a batch
// ({ points: [...] }, up to 10,000), all or nothing. CI posts with a `metrics:write` token.
// GET  /api/v1/metrics/{key}/points?range=90d — the chart series (downsampled beyond 1,000 points).
import { z } from "zod";
import { getDb } from "@/db";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { afterPointsRecorded } from "@/lib/metrics/after-record";
import { chartSeries } from "@/lib/metrics/queries";
import { ingestSchema, METRIC_KEY_PATTERN, rangeSchema } from "@/lib/metrics/schemas";
import { metricByKey, recordPoints } from "@/lib/metrics/service";

export const dynamic = "force-dynamic";

/** 10,000 points with notes fit comfortably; anything larger is refused before it is parsed. */
export const INGEST_MAX_BYTES = 4 * 1024 * 1024;

async function findMetric(params: Record<string, string | string[]>) {
  const key = typeof params.key === "string" ? params.key : "";
  const metric = METRIC_KEY_PATTERN.test(key) ? await metricByKey(await getDb(), key) : null;
  return { key, metric };
}

export const POST = defineRoute("metrics.record", { input: "json", schema: ingestSchema, maxBytes: INGEST_MAX_BYTES }, async (points, { actor, params }) => {
  const { key, metric } = await findMetric(params);
  if (!metric) return errorResponse({ code: "not_found", message: `No metric with the key '${key}'. A lead defines it on /metrics first.` });
  const source = actor!.token ? `api:${actor!.name.replace(/^API token “(.*)”$/, "$1")}` : "api";
  const db = await getDb();
  const recorded = await recordPoints(db, actor!, metric, points, source);
  afterPointsRecorded();
  return Response.json({ recorded: recorded.count, metric: metric.key, first: recorded.first, last: recorded.last, latest: recorded.latest }, { status: 201 });
});

export const GET = defineRoute("metrics.read", { input: "query", schema: z.object({ range: rangeSchema.optional() }) }, async ({ range }, { params }) => {
  const { key, metric } = await findMetric(params);
  if (!metric) return errorResponse({ code: "not_found", message: `No metric with the key '${key}'.` });
  const series = await chartSeries(await getDb(), metric.id, range ?? "90d");
  return { metric: metric.key, range: range ?? "90d", ...series };
});
