import { z } from "zod";
import { priorityEnum, slaCalendarEnum } from "@/db/schema";
import { withLabels } from "@/lib/validation/labels";
import { text } from "@/lib/validation/text";
import { QUADRANTS } from "./quadrants";

// One row of an SLA policy, as a lead edits it. Messages say what is wrong; the labels below name
// the field as the matrix page's forms label it (lib/validation/labels.ts).
export const policyRowSchema = withLabels(z.object({
  projectId: z.uuid({ error: "must be one of the projects" }).nullable(),
  priority: z.enum(priorityEnum.enumValues, { error: "must be P0, P1, P2 or P3" }),
  label: text().trim().min(1, "is required").max(100, "at most 100 characters"),
  targetHours: z.coerce
    .number({ error: "must be a number" })
    .int("must be whole hours")
    .min(1, "must be at least 1 hour")
    .max(24 * 366, "must be at most a year"),
  calendar: z.enum(slaCalendarEnum.enumValues, { error: "choose calendar time or business days" }),
  ownership: text().trim().max(500, "at most 500 characters").default(""),
  trackingCadence: text().trim().max(500, "at most 500 characters").default(""),
  escalation: text().trim().max(2000, "at most 2,000 characters").default(""),
  /** The version the editor started from; absent when creating the row. */
  version: z.coerce.number({ error: "the version you edited is missing; reload the page" }).int().min(1).optional(),
}), { projectId: "Policy of", priority: "Priority", label: "Label", targetHours: "Target", calendar: "Calendar", ownership: "Ownership", trackingCadence: "Tracking cadence", escalation: "Escalation" });

export type PolicyRowInput = z.output<typeof policyRowSchema>;

const TIME_ZONES = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);

// The workspace's SLA settings. The form sends the at-risk share as a percentage.
export const slaSettingsSchema = withLabels(z.object({
  timeZone: text().trim().refine((tz) => TIME_ZONES.has(tz), "choose one from the list (e.g. Europe/Berlin)"),
  atRiskPercent: z.coerce
    .number({ error: "must be a percentage" })
    .int("must be a whole percentage")
    .min(1, "must be at least 1%")
    .max(90, "must be at most 90%"),
  version: z.coerce.number({ error: "the version you edited is missing; reload the page" }).int().min(0).optional(),
}), { timeZone: "Time zone", atRiskPercent: "At risk below" });

export type SlaSettingsInput = { timeZone: string; atRiskShare: number; version?: number };

export const toSettingsInput = (v: z.output<typeof slaSettingsSchema>): SlaSettingsInput => ({
  timeZone: v.timeZone,
  atRiskShare: v.atRiskPercent / 100,
  version: v.version,
});

export const placeItemSchema = z.object({
  id: z.uuid({ error: "That item no longer exists" }),
  version: z.coerce.number({ error: "The version you moved is missing; reload the page" }).int().min(1, "The version you moved is missing; reload the page"),
  quadrant: z.enum(QUADRANTS, { error: "Choose Quick wins, Big bets, Fill-ins or Money pits" }),
});
