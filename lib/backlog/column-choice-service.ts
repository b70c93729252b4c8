import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { fail } from "@/lib/result";
import { readColumnChoice, type ColumnChoice } from "./columns";

/**
 * Stores the backlog columns a user shows or hides, on their user row so the choice follows them to
 * every browser and device; null (or an empty choice) goes back to the defaults for the width. A
 * display preference, like a saved view: not audited and no version bump.
 */
export async function setColumnChoice(db: Db, userId: string, columns: ColumnChoice | null): Promise<{ columns: ColumnChoice }> {
  const choice = readColumnChoice(columns);
  const stored = Object.keys(choice).length ? choice : null;
  const [row] = await db.update(users).set({ backlogColumns: stored }).where(eq(users.id, userId)).returning({ id: users.id });
  if (!row) fail("not_found", "Your account no longer exists.");
  return { columns: choice };
}
