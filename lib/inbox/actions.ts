"use server";

import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { markReadSchema, preferencesSchema, watchSchema } from "./schemas";
import { markRead, savePreferences, watch } from "./service";

// Server actions for one's own inbox, watches and notification preferences: every signed-in role,
// always on the caller's own rows (the service keys every statement by the caller's id).

export const markReadAction = defineAction("inbox.markRead", markReadSchema, async (input, actor) => markRead(await getDb(), actor.userId, input));
export const watchAction = defineAction("watch.manage", watchSchema, async (input, actor) => watch(await getDb(), actor.userId, input));
export const savePreferencesAction = defineAction("notifications.configure", preferencesSchema, async (input, actor) => savePreferences(await getDb(), actor.userId, input));
