import type { Actor } from "@/lib/domain/actors";
import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db";
import { backlogItems } from "@/db/schema";
import { updateItem } from "@/lib/backlog/service";
import { fail } from "@/lib/result";
import { placementChanges } from "./quadrants";
import type { placeItemSchema } from "./schemas";

/**
 * Puts an item in a quadrant of the impact × effort chart by changing only the impact or effort
 * that disagrees with it; an ordinary, version-checked item edit, so it lands in the history.
 */
export async function placeItem(db: Db, editor: Actor, input: z.infer<typeof placeItemSchema>) {
  const [row] = await db.select({ impact: backlogItems.impact, effortHours: backlogItems.effortHours }).from(backlogItems).where(eq(backlogItems.id, input.id));
  if (!row) fail("not_found", "That item no longer exists.");
  // Computed from the row as read; updateItem refuses if the item moved past `version` since.
  return updateItem(db, editor, { id: input.id, version: input.version, changes: placementChanges(row!, input.quadrant) });
}
