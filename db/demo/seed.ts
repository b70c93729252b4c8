import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { hashPassword } from "@/lib/auth/password";
import { importDocument } from "@/lib/importer/service";
import { DEMO_PROJECTS } from "./projects";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";

const SEED = { system: "demo-seed" } as const;

/**
 * Loads the demo users, then the five real plans through the importer, one project each.
 * Idempotent: existing users are left alone and re-importing an unchanged plan changes nothing,
 * so restarting the demo never undoes what people changed in it.
 */
export async function seedDemo(db: Db): Promise<{ usersCreated: number; itemsCreated: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const usersCreated = await db.transaction(async (tx) => {
    let created = 0;
    for (const u of DEMO_USERS) {
      const [row] = await tx.insert(users).values({ ...u, passwordHash }).onConflictDoNothing().returning({ id: users.id });
      if (!row) continue;
      created++;
      await appendAudit(tx, SEED, { action: "user.create", entityType: "user", entityId: row.id, after: u });
    }
    return created;
  });
  let itemsCreated = 0;
  for (const p of DEMO_PROJECTS) {
    const bytes = readFileSync(join(process.cwd(), "db", "demo", "seeds", p.file));
    const result = await importDocument(db, SEED, { bytes, fileName: p.file, projectSlug: p.slug, projectName: p.name, dryRun: false });
    if (!result.ok) throw new Error(`demo plan ${p.file}: ${result.error}`);
    itemsCreated += result.summary?.created.length ?? 0;
  }
  return { usersCreated, itemsCreated };
}
