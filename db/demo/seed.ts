import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { projects, slaPolicies, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { hashPassword } from "@/lib/auth/password";
import { importDocument } from "@/lib/importer/service";
import { DEMO_PROJECTS } from "./projects";
import { assignDemoItems } from "./assignments";
import { spreadDemoCompletions } from "./history";
import { seedDemoMetrics } from "./metrics";
import { seedDemoRunbooks } from "./runbooks";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";
import { systemActor } from "@/lib/domain/actors";

const SEED = systemActor("demo-seed");
const POLICY_SOURCE = "health-todos";

/** The project's policy rows as the workspace default, unless the workspace has its own already. */
async function copyPolicyToDefault(db: Db, slug: string) {
  await db.execute(sql`insert into ${slaPolicies} (project_id, priority, label, target_hours, calendar, ownership, tracking_cadence, escalation)
    select null, s.priority, s.label, s.target_hours, s.calendar, s.ownership, s.tracking_cadence, s.escalation
    from ${slaPolicies} s join ${projects} p on p.id = s.project_id
    where p.slug = ${slug} and not exists (select 1 from ${slaPolicies} d where d.project_id is null)`);
}

const DAY = 86_400_000;

/**
 * Loads the demo users, then the five real plans through the importer, one project each, each as
 * if imported some weeks before `now` (its SLA clocks started then), then gives each demo user a
 * few items, then the demo metrics and runbook.
 * Idempotent: existing users are left alone and re-importing an unchanged plan changes nothing,
 * so restarting the demo never undoes what people changed in it.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ usersCreated: number; itemsCreated: number; runbooksCreated: number }> {
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
  // Seed 002 carries the SLA policy: imported first, its policy then becomes the workspace
  // default, so the other plans' items get due dates too.
  const ordered = [...DEMO_PROJECTS].sort((a, b) => Number(b.slug === POLICY_SOURCE) - Number(a.slug === POLICY_SOURCE));
  for (const p of ordered) {
    const bytes = readFileSync(join(process.cwd(), "db", "demo", "seeds", p.file));
    const clockStart = new Date(now.getTime() - p.importedDaysAgo * DAY);
    const result = await importDocument(db, SEED, { bytes, fileName: p.file, projectSlug: p.slug, projectName: p.name, dryRun: false, clockStart });
    if (!result.ok) throw new Error(`demo plan ${p.file}: ${result.error}`);
    itemsCreated += result.summary?.created.length ?? 0;
    if (p.slug === POLICY_SOURCE) await copyPolicyToDefault(db, p.slug);
  }
  if (itemsCreated > 0) {
    await spreadDemoCompletions(db, now);
    await assignDemoItems(db, SEED);
  }
  await seedDemoMetrics(db);
  const { created: runbooksCreated } = await seedDemoRunbooks(db);
  return { usersCreated, itemsCreated, runbooksCreated };
}
