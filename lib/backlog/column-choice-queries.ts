import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { readColumnChoice, type ColumnChoice } from "./columns";

/** The backlog columns a user chose to show or hide (column-choice-service.ts writes them); {} = the defaults. */
export async function getColumnChoice(db: Db, userId: string): Promise<ColumnChoice> {
  const [row] = await db.select({ columns: users.backlogColumns }).from(users).where(eq(users.id, userId)).limit(1);
  return readColumnChoice(row?.columns);
}
