import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordLengthOk, passwordWeakness } from "@/lib/auth/password-strength";
import { ROLES } from "@/lib/domain/actors";
import { withLabels } from "@/lib/validation/labels";
import { text } from "@/lib/validation/text";

export const roleSchema = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}` });
export const emailSchema = text().trim().toLowerCase().max(254, "at most 254 characters").pipe(z.email("Enter a valid email address"));
/** A new password's length; its strength is judged once, where the person it belongs to is known. */
export const passwordLengthSchema = text()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `at most ${MAX_PASSWORD_LENGTH} characters`);

/** A new password for someone the form does not name (an admin's reset): length and strength. */
export const newPasswordSchema = passwordLengthSchema.superRefine((password, ctx) => {
  if (!passwordLengthOk(password)) return; // the length checks above already said why
  const weakness = passwordWeakness(password);
  if (weakness) ctx.addIssue({ code: "custom", message: weakness });
});
const userId = z.uuid("Unknown user");
const version = z.coerce.number({ error: "The version you changed is missing; reload the page" }).int().min(1, "The version you changed is missing; reload the page");

/** Administration → Add a user. */
export const createUserSchema = withLabels(z
  .object({
    email: emailSchema,
    name: text().trim().min(1, "Enter a name").max(100, "at most 100 characters"),
    role: roleSchema,
    password: passwordLengthSchema,
  })
  .superRefine((input, ctx) => {
    // Strength with the person's name and email counted as guesses (zod runs this even when a
    // field failed, so skip a password whose length was already refused).
    if (!passwordLengthOk(input.password)) return;
    const weakness = passwordWeakness(input.password, [input.email, input.name]);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  }), { email: "Email", name: "Name", role: "Role", password: "Initial password" });

export const updateRoleSchema = withLabels(z.object({ userId, role: roleSchema, version }), { role: "Role" });

export const setDisabledSchema = z.object({
  userId,
  disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
  version,
});

export const resetPasswordSchema = withLabels(z.object({ userId, password: newPasswordSchema }), { password: "New password" });

export type CreateUserInput = z.output<typeof createUserSchema>;
