import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { projects, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PROJECTS } from "./projects";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";

const SEED = { system: "demo-seed" } as const;

/**
 * Loads the demo users and projects. Idempotent: rows that already exist are left as they are,
 * so restarting the demo never undoes what people changed in it.
 */
export async function seedDemo(db: Db): Promise<{ usersCreated: number; projectsCreated: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    let usersCreated = 0;
    for (const u of DEMO_USERS) {
      const [row] = await tx.insert(users).values({ ...u, passwordHash }).onConflictDoNothing().returning({ id: users.id });
      if (row) {
        usersCreated++;
        await appendAudit(tx, SEED, { action: "user.create", entityType: "user", entityId: row.id, after: u });
      }
    }
    let projectsCreated = 0;
    for (const p of DEMO_PROJECTS) {
      const [existing] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, p.slug)).limit(1);
      if (existing) continue;
      const [row] = await tx
        .insert(projects)
        .values({ slug: p.slug, name: p.name, description: `Demo data, from ${p.file}` })
        .returning({ id: projects.id });
      projectsCreated++;
      await appendAudit(tx, SEED, { action: "project.create", entityType: "project", entityId: row!.id, after: { slug: p.slug, name: p.name } });
    }
    return { usersCreated, projectsCreated };
  });
}
