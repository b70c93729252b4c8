import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, metrics, projects, runbookDrills, runbooks, users } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { pageExists } from "./page-exists";

describe("pageExists: a detail URL whose record is missing", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let drillId: string;
  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "e@test", name: "E", role: "engineer", passwordHash: "x" }).returning();
    const [p] = await t.db.insert(projects).values({ slug: "health-todos", name: "H" }).returning();
    await t.db.insert(backlogItems).values({ projectId: p!.id, key: "P0-001", title: "t" });
    // Slugs as an earlier version made them (GitHub-style: accents and underscores kept) and as made now.
    const [r] = await t.db.insert(runbooks).values({ slug: "störung-im-zahlungsdienst", title: "Störung im Zahlungsdienst", ownerId: u!.id }).returning();
    await t.db.insert(runbooks).values([
      { slug: "disk-full-on-db_primary", title: "Disk full on db_primary", ownerId: u!.id },
      { slug: "disk-full-on-db-primary", title: "Disk full on db_primary", ownerId: u!.id },
    ]);
    const [d] = await t.db.insert(runbookDrills).values({ runbookId: r!.id, revision: 1, scenario: "DB down", ranBy: u!.id, steps: [] }).returning();
    drillId = d!.id;
    await t.db.insert(metrics).values({ key: "error_rate", name: "Error rate", direction: "lower_is_better" });
  });
  afterAll(() => t.drop());

  it("finds records that exist, through encoded segments, trailing slashes and query strings", async () => {
    for (const path of [
      "/backlog/health-todos/P0-001",
      "/backlog/health-todos/P0-001/?tab=history",
      "/runbooks/st%C3%B6rung-im-zahlungsdienst",
      "/runbooks/störung-im-zahlungsdienst/edit",
      "/runbooks/st%C3%B6rung-im-zahlungsdienst/history",
      `/runbooks/st%C3%B6rung-im-zahlungsdienst/drills/${drillId}`,
      "/runbooks/disk-full-on-db_primary",
      "/runbooks/disk-full-on-db-primary/history",
      "/metrics/error_rate",
      "/metrics/error_rate/edit#chart",
    ]) {
      expect(await pageExists(t.db, path), path).toBe(true);
    }
  });

  it("reports the missing ones: other keys (case-sensitive), other slugs, a drill under another runbook, a malformed id", async () => {
    for (const path of [
      "/backlog/health-todos/p0-001",
      "/backlog/other/P0-001",
      "/runbooks/nope",
      "/runbooks/nope/edit",
      `/runbooks/nope/drills/${drillId}`,
      "/runbooks/st%C3%B6rung-im-zahlungsdienst/drills/not-a-uuid",
      "/runbooks/St%C3%B6rung-im-Zahlungsdienst", // not a slug: the validator refuses it before the database is asked
      "/runbooks/disk%20full",
      "/runbooks/disk%00full", // a NUL byte reached PostgreSQL, which threw
      "/backlog/health%00todos/P0-001",
      "/backlog/health-todos/P0%00-001",
      "/metrics/error%00rate",
      "/metrics/nope",
      "/metrics/nope/edit",
      "/metrics/%E0%A4%A", // undecodable: looked up as written, not thrown
    ]) {
      expect(await pageExists(t.db, path), path).toBe(false);
    }
  });

  it("leaves every other page alone, the editors for new records included", async () => {
    for (const path of ["/", "/backlog", "/runbooks/new", "/metrics/new", "/matrix/policy", "/admin/tokens", "/backlog/health-todos"]) {
      expect(await pageExists(t.db, path), path).toBe(true);
    }
  });
});
