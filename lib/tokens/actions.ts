"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { createTokenSchema, revokeTokenSchema } from "./schemas";
import { createToken, revokeToken } from "./service";

export const createTokenAction = defineAction("tokens.manage", createTokenSchema, async (input, actor) => {
  const token = await createToken(await getDb(), actor, input);
  revalidatePath("/admin/tokens");
  return { id: token.id, name: token.name, prefix: token.prefix, scopes: token.scopes, expiresAt: token.expiresAt?.toISOString() ?? null, secret: token.secret };
});

export const revokeTokenAction = defineAction("tokens.manage", revokeTokenSchema, async ({ tokenId }, actor) => {
  const revoked = await revokeToken(await getDb(), actor, tokenId);
  revalidatePath("/admin/tokens");
  return { id: revoked.id, name: revoked.name, alreadyRevoked: revoked.alreadyRevoked };
});
