import { z } from "zod";
import { text } from "@/lib/validation/text";
import { COMPARATORS } from "./rules";

// Metric definitions and values, as every entry point sees them: forms (strings), JSON from CI
// (numbers), CSV rows. Messages name what is wrong; the guard prefixes the field's path.

export const METRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const MAX_BATCH_POINTS = 10_000;
/** CI clocks drift; a value "from the future" beyond this is a bug in the sender. */
export const MAX_FUTURE_MS = 5 * 60_000;
export const EARLIEST_POINT = new Date("2000-01-01T00:00:00Z");
export const DIRECTIONS = ["lower_is_better", "higher_is_better"] as const;

export const metricKeySchema = z
  .string({ error: "enter a key such as pyright_errors" })
  .trim()
  .regex(METRIC_KEY_PATTERN, "lowercase letters, digits and _, starting with a letter, at most 64 (e.g. pyright_errors)");

/** A form's empty field means "none"; anything else must be a finite number. */
const optionalNumber = z
  .union([z.null(), z.literal(""), z.number(), z.string().trim()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === "") return null;
    const n = typeof v === "number" ? v : Number(v.replace(/,/g, ""));
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: "a finite number, or empty for none" });
      return z.NEVER;
    }
    return n;
  });

const metricFields = {
  name: text({ error: "give the metric a name" }).trim().min(1, "give the metric a name").max(120, "at most 120 characters"),
  unit: text().trim().max(20, "at most 20 characters").default(""),
  direction: z.enum(DIRECTIONS, { error: "lower_is_better or higher_is_better" }),
  target: optionalNumber,
  warningThreshold: optionalNumber,
  criticalThreshold: optionalNumber,
  projectId: z.union([z.literal(""), z.null(), z.uuid("unknown project")]).optional().transform((v) => v || null),
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

export const defineMetricSchema = z.object({ key: metricKeySchema, ...metricFields }).superRefine(checkLevels);

export const updateMetricSchema = z
  .object({ metricId: z.uuid("unknown metric"), version: z.coerce.number().int().min(1), ...metricFields })
  .superRefine(checkLevels);

export const deleteMetricSchema = z.object({ metricId: z.uuid("unknown metric"), version: z.coerce.number().int().min(1) });

/** Take back one recorded value (a typo, a broken CI run). */
export const removePointSchema = z.object({ metricId: z.uuid("unknown metric"), pointId: z.coerce.number({ error: "a value's id" }).int("a value's id").positive("a value's id") });

// ---------------------------------------------------------------------------------------------
// Values

const valueSchema = z.number({ error: "a finite number (JSON number, not a string)" });

const recordedAtSchema = z.iso
  .datetime({ offset: true, error: "an ISO 8601 time with a zone, such as 2026-12-04T14:02:00Z" })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() <= Date.now() + MAX_FUTURE_MS, "is in the future; send the time the value was measured")
  .refine((d) => d >= EARLIEST_POINT, "is before 2000; send the time the value was measured");

const noteSchema = text({ error: "text" }).trim().max(500, "at most 500 characters");

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
  .transform((body) => body.points ?? [{ value: body.value!, recordedAt: body.recordedAt, note: body.note }]);

export type PointInput = z.output<typeof pointSchema>;

/** A value typed in the UI: the form sends strings. */
export const recordPointSchema = z.object({
  metricId: z.uuid("unknown metric"),
  value: optionalNumber.refine((v) => v !== null, "enter a number"),
  recordedAt: z
    .union([z.literal(""), z.string().trim()])
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: "a date and time" });
        return z.NEVER;
      }
      return d;
    })
    .refine((d) => !d || d.getTime() <= Date.now() + MAX_FUTURE_MS, "is in the future"),
  note: noteSchema.default(""),
});

export const csvUploadSchema = z.object({
  metricId: z.uuid("unknown metric"),
  csv: text({ error: "choose a CSV file" }).min(1, "the file is empty").max(2 * 1024 * 1024, "at most 2 MB of CSV at a time"),
  commit: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
});

export type DefineMetricInput = z.output<typeof defineMetricSchema>;
export type UpdateMetricInput = z.output<typeof updateMetricSchema>;

export const RANGES = ["7d", "30d", "90d", "1y", "all"] as const;
export type ChartRange = (typeof RANGES)[number];
export const rangeSchema = z.enum(RANGES).catch("90d");
export const RANGE_LABELS: Record<ChartRange, string> = { "7d": "7 days", "30d": "30 days", "90d": "90 days", "1y": "1 year", all: "All time" };

/** Tie an acceptance criterion to "metricKey comparator value", or untie it (metricKey empty). */
export const linkCriterionSchema = z.union([
  z.object({ entryId: z.uuid("unknown criterion"), metricKey: z.literal("") }).transform(({ entryId }) => ({ entryId, rule: null })),
  z
    .object({
      entryId: z.uuid("unknown criterion"),
      metricKey: metricKeySchema,
      comparator: z.enum(COMPARATORS, { error: "one of <, <=, >, >=, =" }),
      value: optionalNumber.refine((v) => v !== null, "enter a number"),
    })
    .transform(({ entryId, metricKey, comparator, value }) => ({ entryId, rule: { metricKey, comparator, value: value! } })),
]);
