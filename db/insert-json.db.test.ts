import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/test/db";
import { insertJsonRows } from "./insert-json";
import { backlogItems, checklistItems, projects } from "./schema";

describe("insertJsonRows: many rows as one JSON parameter", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let projectId: string;
  beforeAll(async () => {
    t = await createTestDb();
    const [p] = await t.db.insert(projects).values({ slug: "p", name: "P" }).returning();
    projectId = p!.id;
  });
  afterAll(() => t.drop());

  it("writes every column type the importer uses as drizzle would, with defaults for the columns left out", async () => {
    const at = new Date("2026-12-04T10:11:12.345Z");
    const rows = [
      { projectId, key: "J-1", title: "Quotes ' and \" and \\ and ünïcødé", categoryPath: ["A", "B, with comma"], priority: "P1" as const, status: "in_progress" as const, severity: "high" as const, effortHours: 2.5, dueAt: at, importSnapshot: { title: "x", nested: [1, { deep: null }] }, sourceLine: 7 },
      { projectId, key: "J-2", title: "Plain", categoryPath: [], priority: null, status: "not_started" as const, severity: null, effortHours: null, dueAt: null, importSnapshot: null, sourceLine: 8 },
    ];
    const back = await insertJsonRows<typeof backlogItems, { id: string; key: string }>(t.db, backlogItems, rows, ["id", "key"]);
    expect(back.map((r) => r.key).sort()).toEqual(["J-1", "J-2"]);
    const stored = await t.db.select().from(backlogItems).where(eq(backlogItems.projectId, projectId)).orderBy(asc(backlogItems.key));
    expect(stored[0]).toMatchObject({ id: back.find((r) => r.key === "J-1")!.id, title: rows[0]!.title, categoryPath: ["A", "B, with comma"], priority: "P1", status: "in_progress", severity: "high", effortHours: 2.5, dueAt: at, importSnapshot: { title: "x", nested: [1, { deep: null }] }, sourceLine: 7, version: 1 });
    expect(stored[1]).toMatchObject({ categoryPath: [], priority: null, severity: null, effortHours: null, dueAt: null, importSnapshot: null });
    expect(stored[0]!.createdAt).toBeInstanceOf(Date); // a default the rows did not give
  });

  it("stores a JSON null as SQL NULL in a jsonb column, and an object as jsonb", async () => {
    const [item] = await t.db.select({ id: backlogItems.id }).from(backlogItems).where(eq(backlogItems.key, "J-1"));
    const rule = { metricKey: "type_safety", comparator: "<", value: 50 };
    await insertJsonRows(t.db, checklistItems, [
      { itemId: item!.id, kind: "acceptance", text: "follows", done: false, position: 0, metricRule: rule },
      { itemId: item!.id, kind: "acceptance", text: "by hand", done: false, position: 1, metricRule: null },
    ]);
    const stored = await t.db.select().from(checklistItems).where(eq(checklistItems.itemId, item!.id)).orderBy(asc(checklistItems.position));
    expect(stored.map((c) => c.metricRule)).toEqual([rule, null]);
  });

  it("gives NULL to a column a row leaves out, refuses that for a column with a default, and writes nothing for an empty list", async () => {
    await insertJsonRows(t.db, backlogItems, [{ projectId, key: "Y-1", title: "a" }, { projectId, key: "Y-2", title: "b", priority: "P0" }]);
    const [y1] = await t.db.select().from(backlogItems).where(eq(backlogItems.key, "Y-1"));
    expect(y1).toMatchObject({ priority: null, status: "not_started", categoryPath: [] });
    await expect(insertJsonRows(t.db, backlogItems, [{ projectId, key: "X-1", title: "a" }, { projectId, key: "X-2", title: "b", status: "done" }])).rejects.toThrow(/row 0 leaves out status, which has a default/);
    expect(await insertJsonRows(t.db, backlogItems, [])).toEqual([]);
    expect(await t.db.select().from(backlogItems).where(eq(backlogItems.key, "X-1"))).toEqual([]);
  });
});
