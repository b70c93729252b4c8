import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, projects, slaPolicies } from "@/db/schema";
import { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import { savePolicyRow } from "./policy-service";
import { policyRowSchema } from "./schemas";
import { systemActor } from "@/lib/domain/actors";

const SYSTEM = systemActor("test");
const HOUR = 3_600_000;

describe("saving an SLA policy row moves the due dates it governs", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let core: string;
  let web: string;
  const start = new Date("2026-11-02T09:00:00Z"); // a Monday

  beforeAll(async () => {
    t = await createTestDb();
    const [a, b] = await t.db.insert(projects).values([{ slug: "core", name: "Core" }, { slug: "web", name: "Web" }]).returning();
    core = a!.id;
    web = b!.id;
    const item = (projectId: string, key: string, extra: Partial<typeof backlogItems.$inferInsert> = {}) => ({
      projectId,
      key,
      title: key,
      priority: "P1" as const,
      slaStartedAt: start,
      triagedAt: start,
      dueAt: new Date(start.getTime() + 336 * HOUR),
      ...extra,
    });
    await t.db.insert(backlogItems).values([
      item(core, "OPEN"),
      item(core, "OVERRIDDEN", { dueOverrideReason: "customer date", dueAt: new Date("2027-01-01T00:00:00Z") }),
      item(core, "DONE", { status: "done", completedAt: start }),
      item(core, "P2", { priority: "P2" }),
      item(web, "WEB"),
    ]);
    await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: core, priority: "P1", label: "High", targetHours: 336, calendar: "calendar" }));
  });
  afterAll(() => t.drop());

  const due = async (key: string) => (await t.db.select().from(backlogItems).where(eq(backlogItems.key, key)))[0]!.dueAt!.toISOString();

  it("P1 from 2 weeks to 1 week: open, not-overridden P1 items of the project move; the rest stay", async () => {
    const [row] = await t.db.select().from(slaPolicies).where(eq(slaPolicies.projectId, core));
    const result = await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: core, priority: "P1", label: "High", targetHours: 168, calendar: "calendar", version: row!.version }));
    expect(result.itemsMoved).toBe(1);
    expect(await due("OPEN")).toBe("2026-11-09T09:00:00.000Z");
    expect(await due("OVERRIDDEN")).toBe("2027-01-01T00:00:00.000Z");
    expect(await due("DONE")).toBe("2026-11-16T09:00:00.000Z");
    expect(await due("P2")).toBe("2026-11-16T09:00:00.000Z");
    expect(await due("WEB")).toBe("2026-11-16T09:00:00.000Z");
  });

  it("a workspace default governs projects without their own row", async () => {
    const result = await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: null, priority: "P1", label: "High", targetHours: 48, calendar: "calendar" }));
    expect(result.itemsMoved).toBe(1);
    expect(await due("WEB")).toBe("2026-11-04T09:00:00.000Z");
    expect(await due("OPEN")).toBe("2026-11-09T09:00:00.000Z");
  });

  it("business days are computed per item, skipping weekends", async () => {
    const [row] = await t.db.select().from(slaPolicies).where(eq(slaPolicies.projectId, core));
    const result = await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: core, priority: "P1", label: "High", targetHours: 120, calendar: "business", version: row!.version }));
    // 5 business days from Monday 09:00 is next Monday 09:00 — where 1 calendar week put it already.
    expect(result.itemsMoved).toBe(0);
    expect(await due("OPEN")).toBe("2026-11-09T09:00:00.000Z");
    const again = await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: core, priority: "P1", label: "High", targetHours: 144, calendar: "business", version: row!.version + 1 }));
    expect(again.itemsMoved).toBe(1);
    expect(await due("OPEN")).toBe("2026-11-10T09:00:00.000Z"); // 6 business days: over the weekend
  });

  it("a stale version is refused with the current row; bad input names the field", async () => {
    const error = await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: core, priority: "P1", label: "High", targetHours: 24, calendar: "calendar", version: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailure);
    expect((error as ActionFailure).error.code).toBe("conflict");
    const ghost = await savePolicyRow(t.db, SYSTEM, policyRowSchema.parse({ projectId: "00000000-0000-4000-8000-000000000000", priority: "P1", label: "High", targetHours: 24, calendar: "calendar" })).catch((e: unknown) => e);
    expect((ghost as ActionFailure).error).toMatchObject({ code: "invalid", fieldErrors: { projectId: ["that project no longer exists"] } });
    const bad = policyRowSchema.safeParse({ projectId: core, priority: "P1", label: "", targetHours: -1, calendar: "lunar" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["calendar", "label", "targetHours"]);
  });
});
