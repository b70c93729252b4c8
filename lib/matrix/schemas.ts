import { z } from "zod";
import { priorityEnum, slaCalendarEnum } from "@/db/schema";
import { text } from "@/lib/validation/text";
import { QUADRANTS } from "./quadrants";

// One row of an SLA policy, as a lead edits it. Every message names its field.
export const policyRowSchema = z.object({
  projectId: z.uuid({ error: "project must be a project" }).nullable(),
  priority: z.enum(priorityEnum.enumValues, { error: "priority must be P0, P1, P2 or P3" }),
  label: text().trim().min(1, "label: required").max(100, "label: at most 100 characters"),
  targetHours: z.coerce
    .number({ error: "target: a number of hours" })
    .int("target: whole hours")
    .min(1, "target: at least 1 hour")
    .max(24 * 366, "target: at most a year"),
  calendar: z.enum(slaCalendarEnum.enumValues, { error: "calendar must be calendar or business" }),
  ownership: text().trim().max(500, "ownership: at most 500 characters").default(""),
  trackingCadence: text().trim().max(500, "tracking cadence: at most 500 characters").default(""),
  escalation: text().trim().max(2000, "escalation: at most 2,000 characters").default(""),
  /** The version the editor started from; absent when creating the row. */
  version: z.coerce.number().int().min(1).optional(),
});

export type PolicyRowInput = z.output<typeof policyRowSchema>;

const TIME_ZONES = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);

// The workspace's SLA settings. The form sends the at-risk share as a percentage.
export const slaSettingsSchema = z.object({
  timeZone: text().trim().refine((tz) => TIME_ZONES.has(tz), "time zone: choose one from the list (e.g. Europe/Berlin)"),
  atRiskPercent: z.coerce
    .number({ error: "at-risk threshold: a percentage" })
    .int("at-risk threshold: a whole percentage")
    .min(1, "at-risk threshold: at least 1%")
    .max(90, "at-risk threshold: at most 90%"),
  version: z.coerce.number().int().min(0).optional(),
});

export type SlaSettingsInput = { timeZone: string; atRiskShare: number; version?: number };

export const toSettingsInput = (v: z.output<typeof slaSettingsSchema>): SlaSettingsInput => ({
  timeZone: v.timeZone,
  atRiskShare: v.atRiskPercent / 100,
  version: v.version,
});

export const placeItemSchema = z.object({
  id: z.uuid({ error: "item is missing or invalid" }),
  version: z.coerce.number({ error: "version is required" }).int().min(1, "version is required"),
  quadrant: z.enum(QUADRANTS, { error: "quadrant must be quick wins, big bets, fill-ins or money pits" }),
});
