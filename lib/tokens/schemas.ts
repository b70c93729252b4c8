import { z } from "zod";
import { SCOPE_NAMES, type TokenScope } from "@/lib/auth/policy";
import { text } from "@/lib/validation/text";

/** Longest a token may live: a year. Longer-lived CI secrets are rotated, not extended. */
export const MAX_TOKEN_DAYS = 365;

export const createTokenSchema = z.object({
  name: text().trim().min(1, "give the token a name, such as the CI job that uses it").max(80, "at most 80 characters"),
  scopes: z
    .union([z.enum(SCOPE_NAMES as [TokenScope, ...TokenScope[]]), z.array(z.enum(SCOPE_NAMES as [TokenScope, ...TokenScope[]]))], {
      error: `choose from ${SCOPE_NAMES.join(", ")}`,
    })
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .refine((v) => v.length > 0, "choose at least one scope"),
  // Days until it expires; empty or 0 means it never expires.
  expiresInDays: z.union([z.literal(""), z.coerce.number().int("whole days").min(0).max(MAX_TOKEN_DAYS, `at most ${MAX_TOKEN_DAYS} days`)]).transform((v) => (v === "" || v === 0 ? null : v)),
});

export const revokeTokenSchema = z.object({ tokenId: z.uuid("Unknown token") });

export type CreateTokenInput = z.output<typeof createTokenSchema>;
