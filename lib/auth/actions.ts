"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { fail } from "@/lib/result";
import { defineAction } from "./action";
import { signIn, signOut } from "./index";
import { signInSchema } from "./schemas";

export const signInAction = defineAction("auth.signIn", signInSchema, async ({ email, password, next }) => {
  try {
    // On success Auth.js sets the session cookie and throws Next's redirect, which passes through.
    await signIn("credentials", { email, password, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError) fail("invalid", "Invalid email or password.");
    throw error;
  }
});

export const signOutAction = defineAction("auth.signOut", z.unknown(), async () => {
  await signOut({ redirectTo: "/login" });
});
