import { z } from "zod";
import { ROLES } from "@/lib/auth/policy";
import { text } from "@/lib/validation/text";

export const roleSchema = z.enum(ROLES, { error: `Choose one of: ${ROLES.join(", ")}` });
export const emailSchema = text().trim().toLowerCase().max(254, "At most 254 characters").pipe(z.email("Enter a valid email address"));
export const newPasswordSchema = text()
  .min(10, "At least 10 characters")
  .max(200, "At most 200 characters");
const userId = z.uuid("Unknown user");
const version = z.coerce.number().int().min(1);

export const createUserSchema = z.object({
  email: emailSchema,
  name: text().trim().min(1, "Enter a name").max(100, "At most 100 characters"),
  role: roleSchema,
  password: newPasswordSchema,
});

export const updateRoleSchema = z.object({ userId, role: roleSchema, version });

export const setDisabledSchema = z.object({
  userId,
  disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
  version,
});

export const resetPasswordSchema = z.object({ userId, password: newPasswordSchema });

export type CreateUserInput = z.output<typeof createUserSchema>;
