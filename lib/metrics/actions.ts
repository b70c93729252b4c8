"use server";

import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { fail } from "@/lib/result";
import { parseCsv } from "./csv";
import { linkCriterion } from "./rule-service";
import { csvUploadSchema, defineMetricSchema, deleteMetricSchema, linkCriterionSchema, recordPointSchema, removePointSchema, updateMetricSchema } from "./schemas";
import { defineMetric, deleteMetric, metricById, recordPoints, removePoint, updateMetric } from "./service";

export const defineMetricAction = defineAction("metrics.define", defineMetricSchema, async (input, actor) => {
  const metric = await defineMetric(await getDb(), actor, input);
  return { id: metric.id, key: metric.key };
});

export const updateMetricAction = defineAction("metrics.define", updateMetricSchema, async (input, actor) => {
  const metric = await updateMetric(await getDb(), actor, input);
  return { id: metric.id, key: metric.key, version: metric.version };
});

export const deleteMetricAction = defineAction("metrics.define", deleteMetricSchema, async (input, actor) => {
  const deleted = await deleteMetric(await getDb(), actor, input);
  return deleted;
});

async function metricOrFail(metricId: string) {
  const metric = await metricById(await getDb(), metricId);
  return metric ?? fail("not_found", "That metric no longer exists.");
}

export const recordPointAction = defineAction("metrics.record", recordPointSchema, async (input, actor) => {
  const metric = await metricOrFail(input.metricId);
  const recorded = await recordPoints(await getDb(), actor, metric, [{ value: input.value!, recordedAt: input.recordedAt, note: input.note }], "manual");
  return recorded;
});

/** Leads take back a wrong value; it stays in the audit log. */
export const removePointAction = defineAction("metrics.define", removePointSchema, async (input, actor) => removePoint(await getDb(), actor, input));

/** Parses the CSV and answers a preview; with `commit` it writes every row, or none if any is bad. */
export const uploadCsvAction = defineAction("metrics.record", csvUploadSchema, async (input, actor) => {
  const metric = await metricOrFail(input.metricId);
  const preview = parseCsv(input.csv);
  const summary = {
    rows: preview.points.length,
    errors: preview.errors,
    header: preview.header,
    first: preview.points.slice(0, 5).map((p) => ({ ...p, recordedAt: p.recordedAt!.toISOString() })),
    last: preview.points.slice(-5).map((p) => ({ ...p, recordedAt: p.recordedAt!.toISOString() })),
  };
  if (!input.commit || preview.errors.length) return { ...summary, recorded: 0 };
  const recorded = await recordPoints(await getDb(), actor, metric, preview.points, "csv");
  return { ...summary, recorded: recorded.count };
});

/** An acceptance criterion follows a metric rule from now on (or, with an empty metric, stops). */
export const linkCriterionAction = defineAction("metrics.linkCriterion", linkCriterionSchema, async (input, actor) => {
  const linked = await linkCriterion(await getDb(), actor, input);
  return linked;
});
