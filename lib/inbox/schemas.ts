import { z } from "zod";
import { EMAIL_MODES, NOTIFICATION_KINDS, WATCH_SUBJECTS } from "@/lib/domain/notifications";
import { isTimeZone } from "@/lib/time/format";

// What the inbox's actions and route accept.

export const markReadSchema = z.union([
  z.object({ ids: z.array(z.uuid({ error: "That entry no longer exists; reload the page" })).min(1, "Choose at least one entry").max(500, "At most 500 entries at once"), read: z.boolean().default(true) }),
  z.object({ all: z.literal(true) }),
]);

export const watchSchema = z.object({
  subjectType: z.enum(WATCH_SUBJECTS, { error: "must be an item, a runbook, a metric or a project" }),
  subjectId: z.uuid({ error: "That no longer exists; reload the page" }),
  watching: z.boolean({ error: "Say whether to watch" }),
});

const hour = z.coerce.number({ error: "must be an hour from 0 to 23" }).int("must be a whole hour").min(0, "must be an hour from 0 to 23").max(23, "must be an hour from 0 to 23");

export const preferencesSchema = z
  .object({
    kinds: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.object({ inApp: z.boolean(), email: z.enum(EMAIL_MODES, { error: "must be off, immediately or in the daily digest" }) })),
    quietStart: hour.nullable(),
    quietEnd: hour.nullable(),
    digestHour: hour,
    // The zone the form showed the hours in (the account's, else the browser's): the hours mean it.
    timeZone: z.string().max(100).refine(isTimeZone, "must be a time zone such as Europe/Berlin").nullable().default(null),
  })
  .refine((p) => (p.quietStart === null) === (p.quietEnd === null), { message: "give both the start and the end of quiet hours, or neither", path: ["quietEnd"] })
  .refine((p) => p.quietStart === null || p.quietStart !== p.quietEnd, { message: "quiet hours must not start and end at the same hour", path: ["quietEnd"] });

export const inboxQuerySchema = z.object({
  unread: z.enum(["true", "false"], { error: "unread must be true or false" }).optional(),
  limit: z.coerce.number({ error: "limit must be a number from 0 to 100" }).int().min(0).max(100).optional(),
  // Refused when malformed, like every API parameter (it used to restart from the top silently).
  before: z
    .string()
    .max(100, "before must be the next cursor of a previous page")
    .regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "before must be the next cursor of a previous page")
    .optional(),
});

/** An e-mail's unsubscribe link: who, which kind (or the whole digest), and the signature. */
export const unsubscribeSchema = z.object({
  u: z.uuid({ error: "u must be the user id from the link" }),
  k: z.enum([...NOTIFICATION_KINDS, "digest"], { error: "k must be a notification kind or digest" }),
  t: z.string().min(10, "t must be the signature from the link").max(100, "t must be the signature from the link"),
});
