import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { preparedFor } from "@/db/prepared";
import { users } from "@/db/schema";
import { readColumnChoice, type ColumnChoice } from "./columns";

/** The backlog columns a user chose to show or hide (column-choice-service.ts writes them); {} = the defaults. */
const columnsOf = preparedFor((db: Db) =>
  db.select({ columns: users.backlogColumns }).from(users).where(eq(users.id, sql.placeholder("userId"))).limit(1).prepare("backlog_columns_of"),
);

export async function getColumnChoice(db: Db, userId: string): Promise<ColumnChoice> {
  const [row] = await columnsOf(db).execute({ userId });
  return readColumnChoice(row?.columns);
}
