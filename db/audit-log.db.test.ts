import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/test/db";
import { auditLog } from "./schema";
import { appendAudit } from "@/lib/audit-log/append";
import { systemActor } from "@/lib/domain/actors";

// Drizzle wraps driver errors ("Failed query: …"); the database's own message is the cause.
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
  );

describe("audit_log is append-only in the database itself", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
    await appendAudit(t.db, systemActor("test"), { action: "project.create", entityType: "project", entityId: "1", after: { slug: "a", name: "A" } });
  });
  afterAll(() => t.drop());

  it("accepts inserts", async () => {
    const rows = await t.db.select().from(auditLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorLabel: "system:test", action: "project.create", after: { slug: "a", name: "A" } });
  });

  it("refuses UPDATE", async () => {
    expect(await refusal(t.db.update(auditLog).set({ action: "item.delete" }))).toMatch(/append-only: UPDATE refused/);
  });

  it("refuses DELETE", async () => {
    expect(await refusal(t.db.delete(auditLog))).toMatch(/append-only: DELETE refused/);
  });

  it("refuses TRUNCATE", async () => {
    expect(await refusal(t.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);
  });

  it("still holds the original row afterwards", async () => {
    const rows = await t.db.select().from(auditLog);
    expect(rows.map((r) => r.action)).toEqual(["project.create"]);
  });
});
