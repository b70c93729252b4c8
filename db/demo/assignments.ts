import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, projects, users } from "@/db/schema";
import { updateItems } from "@/lib/backlog/writer/items";
import type { Actor } from "@/lib/domain/actors";

// A few demo items for each demo user who can work on them, so "assigned to me" and the dashboard
// have something on the day the demo starts: for each, an overdue item, one at risk and one more
// (states as db/demo/projects.ts's import offsets give them). Keys other browser tests edit
// (P0-001, P0-003, P0-006, P1-001…P1-004, P1-009, P1-010, P2-00x) are left unassigned.
export const DEMO_ASSIGNMENTS: { email: string; items: { project: string; key: string }[] }[] = [
  {
    email: "engineer@example.com",
    items: [
      { project: "health-todos", key: "P0-004" },
      { project: "health-todos", key: "P3-002" },
      { project: "project-backlog", key: "21" },
    ],
  },
  {
    email: "lead@example.com",
    items: [
      { project: "health-todos", key: "P0-002" },
      { project: "project-backlog", key: "22" },
      { project: "health-todos", key: "P1-012" },
    ],
  },
  {
    email: "admin@example.com",
    items: [
      { project: "health-todos", key: "P0-005" },
      { project: "health-todos", key: "P3-004" },
      { project: "project-backlog", key: "41" },
    ],
  },
];

/** Assigns them through the item writer (history: the seed assigned them, now). Items already assigned keep their assignee. */
export async function assignDemoItems(db: Db, actor: Actor) {
  await db.transaction(async (tx) => {
    for (const { email, items } of DEMO_ASSIGNMENTS) {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!user) continue;
      for (const { project, key } of items) {
        const [row] = await tx
          .select({ item: backlogItems })
          .from(backlogItems)
          .innerJoin(projects, eq(projects.id, backlogItems.projectId))
          .where(and(eq(projects.slug, project), eq(backlogItems.key, key)))
          .for("update");
        if (row && !row.item.assigneeId) await updateItems(tx, actor, [{ row: row.item, changes: { assigneeId: user.id } }], { action: "item.update" });
      }
    }
  });
}
