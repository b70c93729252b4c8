"use server";

import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { fail } from "@/lib/result";
import { finishDrill, setDrillStep, startDrill } from "./drill-service";
import {
  createRunbookSchema,
  drillStepSchema,
  finishDrillSchema,
  fromItemSchema,
  importRunbookSchema,
  linkItemSchema,
  linkMetricSchema,
  markReviewedSchema,
  restoreRevisionSchema,
  saveRunbookSchema,
  startDrillSchema,
  unlinkItemSchema,
} from "./schemas";
import { readRunbookUpload } from "./read-upload";
import * as runbooks from "./service";

// Server actions for runbooks. Each goes through defineAction (policy → zod → body); the service
// does the version check, the revision and the audit row.

export const createRunbookAction = defineAction("runbooks.create", createRunbookSchema, async (input, actor) => runbooks.createRunbook(await getDb(), actor, input));
export const importRunbookAction = defineAction("runbooks.create", importRunbookSchema, async (input, actor) => {
  let markdown = input.markdown ?? "";
  if (input.file) {
    const read = readRunbookUpload(new Uint8Array(await input.file.arrayBuffer()));
    if (!read.ok) return fail("invalid", read.error, { fieldErrors: { file: [read.error.replace(/^file: /, "")] } });
    markdown = read.markdown;
  }
  return runbooks.importRunbook(await getDb(), actor, { markdown, fileName: input.fileName });
});
export const runbookFromItemAction = defineAction("runbooks.create", fromItemSchema, async (input, actor) => runbooks.createFromItem(await getDb(), actor, input.itemId));

export const saveRunbookAction = defineAction("runbooks.edit", saveRunbookSchema, async (input, actor) => runbooks.saveRunbook(await getDb(), actor, input));
export const restoreRevisionAction = defineAction("runbooks.edit", restoreRevisionSchema, async (input, actor) => runbooks.restoreRevision(await getDb(), actor, input));
export const linkRunbookItemAction = defineAction("runbooks.edit", linkItemSchema, async (input, actor) => runbooks.linkItem(await getDb(), actor, input));
export const unlinkRunbookItemAction = defineAction("runbooks.edit", unlinkItemSchema, async (input, actor) => runbooks.unlinkItem(await getDb(), actor, input));
export const linkRunbookMetricAction = defineAction("runbooks.edit", linkMetricSchema, async (input, actor) => runbooks.linkMetric(await getDb(), actor, input));
export const unlinkRunbookMetricAction = defineAction("runbooks.edit", linkMetricSchema, async (input, actor) => runbooks.unlinkMetric(await getDb(), actor, input));

export const markReviewedAction = defineAction("runbooks.review", markReviewedSchema, async (input, actor) => runbooks.markReviewed(await getDb(), actor, input));

export const startDrillAction = defineAction("runbooks.drill", startDrillSchema, async (input, actor) => startDrill(await getDb(), actor, input));
export const drillStepAction = defineAction("runbooks.drill", drillStepSchema, async (input, actor) => setDrillStep(await getDb(), actor, input));
export const finishDrillAction = defineAction("runbooks.drill", finishDrillSchema, async (input, actor) => finishDrill(await getDb(), actor, input));
