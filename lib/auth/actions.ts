"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { hitRateLimit, peekRateLimit } from "@/lib/rate-limit";
import { fail } from "@/lib/result";
import { defineAction } from "./action";
import { signIn, signOut } from "./index";
import { signInSchema } from "./schemas";

// Failed sign-ins allowed per account and per client address in a 15-minute window.
const WINDOW_SECONDS = 15 * 60;
const PER_ACCOUNT = 10;
const PER_ADDRESS = 50;

async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

export const signInAction = defineAction("auth.signIn", signInSchema, async ({ email, password, next }) => {
  const db = await getDb();
  const keys = [
    { key: `sign-in:account:${email}`, limit: PER_ACCOUNT },
    { key: `sign-in:address:${await clientAddress()}`, limit: PER_ADDRESS },
  ];
  for (const { key, limit } of keys) {
    const state = await peekRateLimit(db, key, limit, WINDOW_SECONDS);
    if (!state.allowed) fail("rate_limited", `Too many failed sign-ins. Try again in ${Math.ceil(state.retryAfterSeconds / 60)} minutes.`);
  }
  try {
    // On success Auth.js sets the session cookie and throws Next's redirect, which passes through.
    await signIn("credentials", { email, password, redirectTo: next });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      for (const { key, limit } of keys) await hitRateLimit(db, key, limit, WINDOW_SECONDS);
      fail("invalid", "Invalid email or password.");
    }
    if (error instanceof AuthError) {
      console.error("[sign-in] failed:", error);
      fail("unavailable", "Sign-in is unavailable right now. Try again in a minute.");
    }
    throw error;
  }
});

export const signOutAction = defineAction("auth.signOut", z.unknown(), async () => {
  await signOut({ redirectTo: "/login" });
});
