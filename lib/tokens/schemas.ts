import { z } from "zod";
import { SCOPE_NAMES, type TokenScope } from "@/lib/auth/policy";
import { withLabels } from "@/lib/validation/labels";
import { text } from "@/lib/validation/text";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "./lifetimes";

export { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS };

const scope = z.enum(SCOPE_NAMES as [TokenScope, ...TokenScope[]], { error: `choose from ${SCOPE_NAMES.join(", ")}` });

/** The new-token form on Administration → API tokens. */
export const createTokenSchema = withLabels(z.object({
  name: text().trim().min(1, "give the token a name, such as the CI job that uses it").max(80, "at most 80 characters"),
  // Nothing is preselected in the form, and nothing is assumed here: no scope, no token.
  scopes: z
    .preprocess((v) => (v === undefined || v === "" ? [] : v), z.union([scope, z.array(scope)]))
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .refine((v) => v.length > 0, `choose at least one scope (${SCOPE_NAMES.join(", ")})`),
  // Days until it expires: empty or absent is the default, "never" a token that never expires.
  expiresInDays: z
    .union([z.literal("never"), z.literal(""), z.coerce.number().int("whole days").min(1, "at least 1 day, or never").max(MAX_TOKEN_DAYS, `at most ${MAX_TOKEN_DAYS} days`)], {
      error: `a number of days up to ${MAX_TOKEN_DAYS}, or never`,
    })
    .optional()
    .transform((v) => (v === "never" ? null : v === "" || v === undefined ? DEFAULT_TOKEN_DAYS : v)),
}), { name: "Name", scopes: "Scopes", expiresInDays: "Expires" });

export const revokeTokenSchema = z.object({ tokenId: z.uuid("Unknown token") });

export type CreateTokenInput = z.output<typeof createTokenSchema>;
