import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { signInOutcome, type SignInCheck } from "./sign-in-outcome";

/**
 * What an email and password open: the enabled account, "disabled" (only when the password was
 * right), or "invalid" for everything else. The password is checked whether or not the account
 * exists, so the answer takes the same time either way.
 */
export async function checkSignIn(email: string, password: string): Promise<SignInCheck<typeof users.$inferSelect>> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  return signInOutcome(user ?? null, ok);
}

/** The user if the email and password match an enabled account; null otherwise (never says which). */
export async function findUserForSignIn(email: string, password: string) {
  const check = await checkSignIn(email, password);
  return check.kind === "ok" ? check.user : null;
}
