import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { metrics, users } from "@/db/schema";
import { notifications, watches } from "@/db/schema-notifications";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { inboxEntries } from "@/lib/inbox/queries";
import { importDocument } from "@/lib/importer/service";
import { recordPoints } from "@/lib/metrics/service";
import { createRunbook } from "@/lib/runbooks/service";
import { createTestDb } from "@/test/db";

// The other sources of the inbox: an import finishing, a metric crossing a threshold, a mention in
// a runbook's change note.

describe("notifications beyond items", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let lead: UserActor, eve: UserActor;
  const texts = async (who: UserActor) => (await inboxEntries(t.db, who.userId, "UTC")).entries.map((e) => (e.actor ? `${e.actor} ${e.text}` : e.text));

  beforeAll(async () => {
    t = await createTestDb();
    const person = async (email: string, name: string, role: "engineer" | "lead") => userActor((await t.db.insert(users).values({ email, name, role, passwordHash: "x" }).returning())[0]!);
    lead = await person("lee@test", "Lee Lead", "lead");
    eve = await person("eve@test", "Eve Engineer", "engineer");
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    await t.db.delete(notifications);
    await t.db.delete(watches);
  });

  it("an import tells the person who started it that it finished, and they watch the project", async () => {
    const result = await importDocument(t.db, lead, { bytes: Buffer.from("# Plan\n\n- [ ] One\n- [ ] Two\n"), fileName: "plan.md", projectSlug: "imported", dryRun: false });
    expect(result.ok).toBe(true);
    expect(await texts(lead)).toEqual(["Your import of plan.md into imported finished: 2 items created, 0 updated"]);
    const [w] = await t.db.select().from(watches).where(eq(watches.userId, lead.userId));
    expect(w).toMatchObject({ subjectType: "project", reason: "imported", watching: true });
    expect(await texts(eve)).toEqual([]);
  });

  it("a metric its watchers follow tells them when a value crosses into warning or critical, and back", async () => {
    const [m] = await t.db.insert(metrics).values({ key: "build_minutes", name: "Build time", unit: "min", direction: "lower_is_better", target: 10, warningThreshold: 15, criticalThreshold: 20 }).returning();
    await t.db.insert(watches).values({ userId: eve.userId, subjectType: "metric", subjectId: m!.id, reason: "manual" });
    await recordPoints(t.db, lead, m!, [{ value: 9 }], "ci");
    expect(await texts(eve)).toEqual([]); // no data → OK says nothing
    await recordPoints(t.db, lead, m!, [{ value: 12 }], "ci");
    expect(await texts(eve)).toEqual([]); // still OK
    await recordPoints(t.db, lead, m!, [{ value: 25 }], "ci");
    expect(await texts(eve)).toEqual(["Build time is critical: 25 min"]);
    await recordPoints(t.db, lead, m!, [{ value: 8 }], "ci");
    expect((await texts(eve))[0]).toBe("Build time is back to OK: 8 min");
    expect(await texts(lead)).toEqual([]);
  });

  it("a runbook change note that mentions someone tells them", async () => {
    await createRunbook(t.db, lead, { title: "DB failover", body: "# DB failover\n\n1. Promote the replica\n", service: "db", ownerId: lead.userId, projectId: null, reviewIntervalDays: 90, draft: false, note: "First cut, @Eve Engineer please check step 1" });
    const [entry] = (await inboxEntries(t.db, eve.userId, "UTC")).entries;
    expect(`${entry!.actor} ${entry!.text}`).toBe("Lee Lead mentioned you in a change note of the runbook DB failover");
    expect(entry!.href).toBe("/runbooks/db-failover/history");
  });
});
