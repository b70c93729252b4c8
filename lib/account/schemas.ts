import { z } from "zod";
import { passwordLengthSchema } from "@/lib/users/schemas";
import { isTimeZone } from "@/lib/time/format";
import { withLabels } from "@/lib/validation/labels";

// What a signed-in user may change about their own account.

export const changePasswordSchema = withLabels(z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(1024, "at most 1024 characters"),
    // Its strength is judged by changeOwnPassword, which knows whose password it is.
    newPassword: passwordLengthSchema,
    confirmPassword: z.string().max(1024, "at most 1024 characters"),
  })
  .superRefine((input, ctx) => {
    if (input.newPassword !== input.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Does not match the new password" });
    if (input.newPassword === input.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password you have not been using" });
  }), { currentPassword: "Current password", newPassword: "New password", confirmPassword: "Repeat the new password" });

export const revokeSessionSchema = z.object({ sessionId: z.uuid("Unknown session") });

/** "" = follow the browser's zone; otherwise an IANA zone this server knows. */
export const setTimeZoneSchema = withLabels(z.object({
  timeZone: z
    .string()
    .max(64, "Not a time zone")
    .refine((zone) => zone === "" || isTimeZone(zone), "Not a time zone this server knows; pick one from the list"),
}), { timeZone: "Show times in" });
