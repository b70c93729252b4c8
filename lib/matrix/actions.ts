"use server";

import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { savePolicyRow } from "./policy-service";
import { policyRowSchema } from "./schemas";

/** Saves one SLA policy row and moves the due dates it governs; answers how many moved. */
export const savePolicyRowAction = defineAction("sla.edit", policyRowSchema, async (input, actor) => savePolicyRow(await getDb(), actor, input));
