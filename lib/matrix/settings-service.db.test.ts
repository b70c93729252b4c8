import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, projects, slaPolicies } from "@/db/schema";
import { slaStateSql } from "@/lib/sla/state-sql";
import { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import { slaSettingsSchema, toSettingsInput } from "./schemas";
import { loadSlaSettings } from "@/lib/sla/queries";
import { saveSlaSettings } from "./settings-service";
import { systemActor } from "@/lib/domain/actors";

const SYSTEM = systemActor("test");
const HOUR = 3_600_000;

describe("workspace SLA settings", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;

  beforeAll(async () => {
    t = await createTestDb();
    const [p] = await t.db.insert(projects).values({ slug: "core", name: "Core" }).returning();
    await t.db.insert(slaPolicies).values({ projectId: p!.id, priority: "P1", label: "High", targetHours: 24, calendar: "business" });
    const now = Date.now();
    await t.db.insert(backlogItems).values([
      // Friday 20:00 UTC is Saturday 05:00 in Tokyo: the window starts counting on Monday there.
      { projectId: p!.id, key: "FRI", title: "Friday", priority: "P1", slaStartedAt: new Date("2026-11-06T20:00:00Z"), dueAt: new Date("2026-11-09T20:00:00Z") },
      // 30% of a 10-hour window left: on track at 20%, at risk at 40%.
      { projectId: p!.id, key: "LATE", title: "Late", priority: "P2", slaStartedAt: new Date(now - 7 * HOUR), dueAt: new Date(now + 3 * HOUR) },
    ]);
  });
  afterAll(() => t.drop());

  const state = async (key: string) => (await t.db.select({ s: slaStateSql }).from(backlogItems).where(eq(backlogItems.key, key)))[0]!.s;

  it("starts at UTC and 20%", async () => {
    expect(await loadSlaSettings(t.db)).toMatchObject({ timeZone: "UTC", atRiskShare: 0.2 });
    expect(await state("LATE")).toBe("on_track");
  });

  it("the at-risk share changes SLA states in SQL at once", async () => {
    const { version } = await loadSlaSettings(t.db);
    await saveSlaSettings(t.db, SYSTEM, toSettingsInput(slaSettingsSchema.parse({ timeZone: "UTC", atRiskPercent: "40", version })));
    expect(await state("LATE")).toBe("at_risk");
  });

  it("a new time zone moves business-day due dates by that zone's weekends", async () => {
    const { version } = await loadSlaSettings(t.db);
    const saved = await saveSlaSettings(t.db, SYSTEM, toSettingsInput(slaSettingsSchema.parse({ timeZone: "Asia/Tokyo", atRiskPercent: 40, version })));
    expect(saved.itemsMoved).toBe(1);
    const [fri] = await t.db.select().from(backlogItems).where(eq(backlogItems.key, "FRI"));
    // 24 business hours from Monday 00:00 Tokyo = Tuesday 00:00 Tokyo = Monday 15:00 UTC.
    expect(fri!.dueAt!.toISOString()).toBe("2026-11-09T15:00:00.000Z");
  });

  it("refuses a stale version, an unknown zone and an out-of-range share, naming the field", async () => {
    const error = await saveSlaSettings(t.db, SYSTEM, { timeZone: "UTC", atRiskShare: 0.2, version: 1 }).catch((e: unknown) => e);
    expect((error as ActionFailure).error.code).toBe("conflict");
    const bad = slaSettingsSchema.safeParse({ timeZone: "Mars/Olympus", atRiskPercent: 95 });
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["atRiskPercent", "timeZone"]);
  });
});
