"use server";

import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { backlogItems } from "@/db/schema";
import { defineAction } from "@/lib/auth/action";
import { updateItem } from "@/lib/backlog/service";
import { fail } from "@/lib/result";
import { savePolicyRow } from "./policy-service";
import { placementChanges } from "./quadrants";
import { placeItemSchema, policyRowSchema, slaSettingsSchema, toSettingsInput } from "./schemas";
import { saveSlaSettings } from "./settings-service";

/** Saves one SLA policy row and moves the due dates it governs; answers how many moved. */
export const savePolicyRowAction = defineAction("sla.edit", policyRowSchema, async (input, actor) => savePolicyRow(await getDb(), actor, input));

/** Saves the workspace time zone and at-risk share; a new zone moves business-day due dates. */
export const saveSlaSettingsAction = defineAction("sla.settings", slaSettingsSchema, async (input, actor) => saveSlaSettings(await getDb(), actor, toSettingsInput(input)));

/**
 * Puts an item in a quadrant of the impact × effort chart by changing only the impact or effort
 * that disagrees with it; an ordinary, version-checked item edit, so it lands in the history.
 */
export const placeItemAction = defineAction("matrix.place", placeItemSchema, async (input, actor) => {
  const db = await getDb();
  const [row] = await db.select({ impact: backlogItems.impact, effortHours: backlogItems.effortHours }).from(backlogItems).where(eq(backlogItems.id, input.id));
  if (!row) fail("not_found", "That item no longer exists.");
  // Computed from the row as read; updateItem refuses if the item moved past `version` since.
  return updateItem(db, actor, { id: input.id, version: input.version, changes: placementChanges(row!, input.quadrant) });
});
