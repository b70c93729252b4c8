import { eq, sql } from "drizzle-orm";
import { slug as githubSlug } from "github-slugger";
import type { Db } from "@/db";
import { runbookRevisions, runbooks, users } from "@/db/schema";
import { createUser } from "@/lib/users/service";
import { systemActor } from "@/lib/domain/actors";

/** A user of its own for the test that changes a password and ends sessions (the demo users stay as they are). */
export const E2E_ACCOUNT_OWNER = { email: "account.owner@example.com", password: "demo-password" };

// The demo as the browser tests need it beyond a fresh start: four of seed 002's P1 items were
// triaged ten days ago (on track under the 2-week window, overdue under a shorter one; the rest of
// the plan's P1s, imported twelve weeks before, are overdue already), and two P2 items sit in the
// quadrants the matrix tests expect (P2-002 a quick win, P2-003 a big bet; their severity alone
// proposes impact 3 and small efforts). Only these rows change; everything else stays as seeded.
export async function applyE2eFixtures(db: Db) {
  await createUser(db, systemActor("e2e"), { email: E2E_ACCOUNT_OWNER.email, name: "Account Owner", role: "viewer", password: E2E_ACCOUNT_OWNER.password });
  await db.execute(sql`update backlog_items b
    set triaged_at = now() - interval '10 days', sla_started_at = now() - interval '10 days',
        due_at = now() - interval '10 days' + interval '336 hours'
    from projects p
    where p.id = b.project_id and p.slug = 'health-todos' and b.key in ('P1-001', 'P1-002', 'P1-003', 'P1-004')`);
  await db.execute(sql`update backlog_items b
    set impact = v.impact, effort_hours = v.effort
    from projects p, (values ('P2-002', 4, 2), ('P2-003', 4, 12)) as v(key, impact, effort)
    where p.id = b.project_id and p.slug = 'health-todos' and b.key = v.key`);
  await addLegacySlugRunbooks(db);
}

/**
 * Runbooks whose slugs the first runbook version made (github-slugger keeps accents and
 * underscores), so the browser tests can check that such slugs still open and export.
 */
export async function addLegacySlugRunbooks(db: Db) {
  const [lead] = await db.select({ id: users.id }).from(users).where(eq(users.email, "lead@example.com"));
  for (const title of ["Störung im Zahlungsdienst (2025)", "Disk full on db_primary (2025)"]) {
    const [row] = await db
      .insert(runbooks)
      .values({ slug: githubSlug(title), title, ownerId: lead?.id, currentRevision: 1, createdBy: lead?.id, updatedBy: lead?.id })
      .onConflictDoNothing()
      .returning({ id: runbooks.id });
    if (row) await db.insert(runbookRevisions).values({ runbookId: row.id, revision: 1, body: `## ${title}\n\nWritten before slugs were ASCII.\n`, note: "Created", authorId: lead?.id });
  }
}
