import { z } from "zod";
import { withLabels } from "@/lib/validation/labels";
import { text } from "@/lib/validation/text";
import { RANGES, RANGE_LABELS, type ChartRange } from "./ranges";
import { EARLIEST_POINT, MAX_FUTURE_MS, MAX_METRIC_ABS_VALUE, timeProblem, VALUE_RANGE_MESSAGE, valueProblem } from "./limits";
import { COMPARATORS } from "@/lib/backlog/metric-rule";

// Metric definitions and values, as every entry point sees them: forms (strings), JSON from CI
// (numbers), CSV rows. Messages say what is wrong; the forms' labels (withLabels) name the field for
// a person, the JSON path for a program (lib/auth/guard.ts).

export const METRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const MAX_BATCH_POINTS = 10_000;
export { EARLIEST_POINT, MAX_FUTURE_MS, MAX_METRIC_ABS_VALUE };
export const DIRECTIONS = ["lower_is_better", "higher_is_better"] as const;

export const metricKeySchema = z
  .string({ error: "enter a key such as pyright_errors" })
  .trim()
  .regex(METRIC_KEY_PATTERN, "lowercase letters, digits and _, starting with a letter, at most 64 (e.g. pyright_errors)");

/** A form's empty field means "none"; anything else must be a finite number within ±MAX_METRIC_ABS_VALUE. */
const optionalNumber = z
  .union([z.null(), z.literal(""), z.number(), z.string().trim()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === "") return null;
    const n = typeof v === "number" ? v : Number(v.replace(/,/g, ""));
    const problem = valueProblem(n);
    if (problem) {
      ctx.addIssue({ code: "custom", message: Number.isFinite(n) ? problem : "must be a number, or empty for none" });
      return z.NEVER;
    }
    return n;
  });

const metricFields = {
  name: text({ error: "give the metric a name" }).trim().min(1, "give the metric a name").max(120, "at most 120 characters"),
  unit: text().trim().max(20, "at most 20 characters").default(""),
  direction: z.enum(DIRECTIONS, { error: "choose Lower or Higher" }),
  target: optionalNumber,
  warningThreshold: optionalNumber,
  criticalThreshold: optionalNumber,
  projectId: z.union([z.literal(""), z.null(), z.uuid("must be one of the list")]).optional().transform((v) => v || null),
  description: text().trim().max(2000, "at most 2,000 characters").default(""),
};

type Levels = { direction: (typeof DIRECTIONS)[number]; target: number | null; warningThreshold: number | null; criticalThreshold: number | null };

/**
 * Target, warning and critical must line up on the metric's side: for "lower is better"
 * target ≤ warning ≤ critical, for "higher is better" the reverse. Anything else makes a status
 * that contradicts the target.
 */
function checkLevels(m: Levels, ctx: z.RefinementCtx) {
  const lower = m.direction === "lower_is_better";
  const inOrder = (a: number, b: number) => (lower ? a <= b : a >= b);
  const word = lower ? "at or above" : "at or below";
  if (m.warningThreshold !== null && m.criticalThreshold !== null && !inOrder(m.warningThreshold, m.criticalThreshold)) {
    ctx.addIssue({ code: "custom", path: ["criticalThreshold"], message: `must be ${word} the warning threshold (${m.warningThreshold}) when ${lower ? "lower" : "higher"} is better` });
  }
  const firstBad = m.warningThreshold ?? m.criticalThreshold;
  if (m.target !== null && firstBad !== null && !inOrder(m.target, firstBad)) {
    ctx.addIssue({ code: "custom", path: [m.warningThreshold !== null ? "warningThreshold" : "criticalThreshold"], message: `must be ${word} the target (${m.target}) when ${lower ? "lower" : "higher"} is better` });
  }
}

/** The metric form's labels (app/(app)/(pages)/metrics/_components/metric-form.tsx). */
const METRIC_FORM_LABELS = {
  key: "Key",
  name: "Name",
  unit: "Unit",
  direction: "Better when",
  target: "Target",
  warningThreshold: "Warning threshold",
  criticalThreshold: "Critical threshold",
  projectId: "Project",
  description: "Description",
};

export const defineMetricSchema = withLabels(z.object({ key: metricKeySchema, ...metricFields }).superRefine(checkLevels), METRIC_FORM_LABELS);

export const updateMetricSchema = withLabels(
  z.object({ metricId: z.uuid("That metric no longer exists"), version: z.coerce.number({ error: "version is missing" }).int().min(1, "version is missing"), ...metricFields }).superRefine(checkLevels),
  METRIC_FORM_LABELS,
);

export const deleteMetricSchema = z.object({ metricId: z.uuid("That metric no longer exists"), version: z.coerce.number().int().min(1) });

/** Take back one recorded value (a typo, a broken CI run). */
export const removePointSchema = z.object({ metricId: z.uuid("That metric no longer exists"), pointId: z.coerce.number({ error: "That value no longer exists" }).int("That value no longer exists").positive("That value no longer exists") });

// ---------------------------------------------------------------------------------------------
// Values

// min/max (not a refine) so the OpenAPI document states the range too.
const valueSchema = z
  .number({ error: "a finite number (JSON number, not a string)" })
  .min(-MAX_METRIC_ABS_VALUE, VALUE_RANGE_MESSAGE)
  .max(MAX_METRIC_ABS_VALUE, VALUE_RANGE_MESSAGE);

const ISO_WITH_ZONE = z.iso.datetime({ offset: true });
const TIME_FORMAT = "an ISO 8601 time with a zone, such as 2026-12-04T14:02:00Z";

/**
 * When a value was measured, for the API, the form and (through timeProblem) the CSV upload: ISO
 * 8601 with a zone, from 2000 to 5 minutes ahead. A time outside that window is refused for being
 * outside it whatever its spelling (year 1, year −100000), before the format is judged.
 */
const recordedAtSchema = z
  .string({ error: TIME_FORMAT })
  .trim()
  .meta({ format: "date-time", description: "ISO 8601 with a zone, from 2000-01-01 to 5 minutes from now; default now" })
  .transform((s, ctx) => {
    const d = new Date(s);
    const wellFormed = ISO_WITH_ZONE.safeParse(s).success;
    const problem = Number.isNaN(d.getTime()) ? (wellFormed ? "is not a date" : TIME_FORMAT) : timeProblem(d);
    if (problem || !wellFormed) {
      ctx.addIssue({ code: "custom", message: problem ?? TIME_FORMAT });
      return z.NEVER;
    }
    return d;
  });

const noteSchema = text({ error: "must be text" }).trim().max(500, "at most 500 characters");

export const pointSchema = z.object({ value: valueSchema, recordedAt: recordedAtSchema.optional(), note: noteSchema.optional() });

/**
 * The ingest body: one value (`{ value, recordedAt?, note? }`) or a batch (`{ points: [...] }`,
 * up to 10,000). Either way the result is a list, written all or nothing.
 */
export const ingestSchema = z
  .object({
    value: valueSchema.optional(),
    recordedAt: recordedAtSchema.optional(),
    note: noteSchema.optional(),
    points: z.array(pointSchema, { error: "a list of { value, recordedAt?, note? }" }).min(1, "send at least one point").max(MAX_BATCH_POINTS, `at most ${MAX_BATCH_POINTS.toLocaleString("en")} points per request; split the batch`).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.points && body.value !== undefined) ctx.addIssue({ code: "custom", path: ["points"], message: "send either value or points, not both" });
    if (!body.points && body.value === undefined) ctx.addIssue({ code: "custom", path: ["value"], message: "required: a number (or a batch as points: [...])" });
  })
  // The rule above, for the API document (lib/api/openapi.ts): exactly one of the two.
  .meta({ oneOf: [{ required: ["value"], not: { required: ["points"] } }, { required: ["points"], not: { required: ["value"] } }] })
  .transform((body) => body.points ?? [{ value: body.value!, recordedAt: body.recordedAt, note: body.note }]);

export type PointInput = z.output<typeof pointSchema>;

/** A value typed in the UI: the form sends strings. */
export const recordPointSchema = withLabels(z.object({
  metricId: z.uuid("That metric no longer exists"),
  value: optionalNumber.refine((v) => v !== null, "enter a number"),
  // The browser sends its datetime-local field as UTC ISO (toISOString); empty means now.
  recordedAt: z.preprocess((v) => (v === "" || v === null ? undefined : v), recordedAtSchema.optional()),
  note: noteSchema.default(""),
}), { value: "Value", recordedAt: "Measured at", note: "Note" });

export const csvUploadSchema = withLabels(z.object({
  metricId: z.uuid("That metric no longer exists"),
  csv: text({ error: "choose a CSV file" }).min(1, "the file is empty").max(2 * 1024 * 1024, "at most 2 MB of CSV at a time"),
  commit: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
}), { csv: "CSV file" });

export type DefineMetricInput = z.output<typeof defineMetricSchema>;
export type UpdateMetricInput = z.output<typeof updateMetricSchema>;

export { RANGES, RANGE_LABELS, type ChartRange };
export const rangeSchema = z.enum(RANGES).catch("90d");

const ruleFields = z.object({
  metricKey: metricKeySchema,
  comparator: z.enum(COMPARATORS, { error: "must be one of <, <=, >, >=, =" }),
  value: optionalNumber.refine((v) => v !== null, "enter a number"),
});

/**
 * Tie an acceptance criterion to "metricKey comparator value", or untie it (metricKey empty). Not a
 * z.union: a union's failure is one "Invalid input" without a field, so a bad bound went unnamed.
 */
export const linkCriterionSchema = withLabels(z
  .object({ entryId: z.uuid("That criterion no longer exists"), metricKey: z.string({ error: "choose a metric" }), comparator: z.string().optional(), value: z.union([z.null(), z.number(), z.string()]).optional() })
  .transform(({ entryId, ...fields }, ctx) => {
    if (fields.metricKey === "") return { entryId, rule: null };
    const rule = ruleFields.safeParse(fields);
    if (rule.success) return { entryId, rule: { ...rule.data, value: rule.data.value! } };
    for (const issue of rule.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }), { entryId: "Criterion that follows the metric", metricKey: "Metric to follow", comparator: "Comparison", value: "Bound" });
