"use server";

import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { placeItem } from "./placement-service";
import { savePolicyRow } from "./policy-service";
import { placeItemSchema, policyRowSchema, slaSettingsSchema, toSettingsInput } from "./schemas";
import { saveSlaSettings } from "./settings-service";

/** Saves one SLA policy row and moves the due dates it governs; answers how many moved. */
export const savePolicyRowAction = defineAction("sla.edit", policyRowSchema, async (input, actor) => savePolicyRow(await getDb(), actor, input));

/** Saves the workspace time zone and at-risk share; a new zone moves business-day due dates. */
export const saveSlaSettingsAction = defineAction("sla.settings", slaSettingsSchema, async (input, actor) => saveSlaSettings(await getDb(), actor, toSettingsInput(input)));

/** Puts an item in a quadrant of the impact × effort chart (an ordinary item edit; see placement-service.ts). */
export const placeItemAction = defineAction("matrix.place", placeItemSchema, async (input, actor) => placeItem(await getDb(), actor, input));
