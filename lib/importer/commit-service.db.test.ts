import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, backlogItems, checklistItems, comments, imports, metrics, projects, slaPolicies } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { backlogViewSchema, queryOfView } from "@/lib/backlog/filters";
import { exportMarkdown, type ExportDocument } from "./export";
import { loadExportView } from "./export-queries";
import { importDocument } from "./service";
import { systemActor } from "@/lib/domain/actors";

const SYSTEM = systemActor("test");
const seedBytes = (name: string) => readFileSync(join(process.cwd(), "db/demo/seeds", name));
const SEEDS = ["000_a0a50574bb875801.txt", "001_0a30bf69f9c96dff.txt", "002_ffc60b89eeec65e0.txt", "003_1d45a22e22206bb9.txt", "004_04cd00e10d707829.txt"];
const EXPECTED_ITEMS = [90, 50, 42, 20, 190];

describe("importing and re-importing plans", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const run = (slug: string, bytes: Uint8Array, extra: { dryRun?: boolean; markMissingWontDo?: boolean } = {}) =>
    importDocument(t.db, SYSTEM, { bytes, fileName: `${slug}.md`, projectSlug: slug, dryRun: extra.dryRun ?? false, markMissingWontDo: extra.markMissingWontDo });
  const summaryOf = async (...args: Parameters<typeof run>) => {
    const result = await run(...args);
    if (!result.ok) throw new Error(result.error);
    return result.summary!;
  };

  it.each(SEEDS.map((s, i) => [s, EXPECTED_ITEMS[i]!] as const))("imports %s with the expected items, then re-imports it as a no-op", async (seed, expected) => {
    const slug = `seed-${seed.slice(0, 3)}`;
    const dry = await run(slug, seedBytes(seed), { dryRun: true });
    expect(dry.ok && dry.summary).toBeNull(); // a new project: the dry run parses but has nothing to compare with
    const first = await summaryOf(slug, seedBytes(seed));
    expect(first.created).toHaveLength(expected);
    const again = await summaryOf(slug, seedBytes(seed));
    expect({ created: again.created.length, updated: again.updated.length, unchanged: again.unchanged }).toEqual({ created: 0, updated: 0, unchanged: expected });
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, slug));
    const [{ n }] = (await t.db.select({ n: count() }).from(backlogItems).where(eq(backlogItems.projectId, project!.id))) as [{ n: number }];
    expect(n).toBe(expected);
  });

  /** The export of a view given as URL parameters, for no signed-in user. */
  const exportOf = async (params: Record<string, string>) => {
    const loaded = await loadExportView(t.db, queryOfView(backlogViewSchema.parse(params)), null, "UTC");
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.data;
  };
  const loadExportDocument = async (slug: string): Promise<ExportDocument> => {
    const { projects: [project], items } = await exportOf({ project: slug });
    // The plan's own fields: what the Markdown carries.
    const plan = items.map(({ key, title, description, category, priority, priorityLabel, status, severity, impact, effortHours, done, checklist }) => ({ key, title, description, category, priority, priorityLabel, status, severity, impact, effortHours, done, checklist }));
    return { project: project!, items: plan, slaPolicies: project!.slaPolicies, metrics: project!.metrics };
  };

  it.each(SEEDS)("exports %s from the database to Markdown that imports back to the same items", async (seed) => {
    const slug = `seed-${seed.slice(0, 3)}`;
    const doc = await loadExportDocument(slug);
    const markdown = exportMarkdown(doc!);
    // Into the same project: nothing to change.
    const same = await summaryOf(slug, Buffer.from(markdown), { dryRun: true });
    expect({ created: same.created.length, updated: same.updated.map((u) => [u.key, u.changes.map((c) => c.field)]) }).toEqual({ created: 0, updated: [] });
    // Into a new project: the same items, fields and checklist states.
    await summaryOf(`${slug}-copy`, Buffer.from(markdown));
    const copy = await loadExportDocument(`${slug}-copy`);
    expect(copy!.items).toEqual(doc!.items);
  });

  it("exports a filtered view of a project's backlog", async () => {
    const keys = async (filter: Record<string, string>) => (await exportOf({ project: "seed-002", ...filter })).items.map((i) => i.key);
    expect(await keys({ priority: "P0" })).toEqual(["P0-001", "P0-002", "P0-003", "P0-004", "P0-005", "P0-006", "P0-007", "P0-008"]);
    expect(await keys({ priority: "untriaged" })).toEqual([]);
    expect(await keys({ q: "runbook" })).toEqual(["P0-006", "P1-014"]);
    expect((await keys({ category: "best practices", status: "not_started" })).length).toBe(12);
    // The backlog's search: word prefixes, where % and _ are no wildcards ("100%_" looks for the word 100…).
    expect(await keys({ q: "100%_" })).toEqual(await keys({ q: "100" }));
  });

  it("gives keyless items stable generated keys", async () => {
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "seed-004"));
    const rows = await t.db.select({ key: backlogItems.key }).from(backlogItems).where(eq(backlogItems.projectId, project!.id));
    expect(rows.map((r) => r.key).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)))).toEqual(Array.from({ length: 190 }, (_, i) => `T-${i + 1}`));
  });

  it("writes the SLA policy and the metric targets of seed 002", async () => {
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "seed-002"));
    const policies = await t.db.select().from(slaPolicies).where(eq(slaPolicies.projectId, project!.id));
    expect(policies.map((p) => [p.priority, p.targetHours]).sort()).toEqual([["P0", 24], ["P1", 336], ["P2", 1008], ["P3", 2184]]);
    const defined = await t.db.select().from(metrics).where(eq(metrics.projectId, project!.id));
    expect(defined.find((m) => m.key === "test_coverage_backend")).toMatchObject({ target: 80, unit: "%", direction: "higher_is_better", groupName: "Health Metrics" });
    expect(defined.find((m) => m.key === "error_rate")).toMatchObject({ target: 1, direction: "lower_is_better" });
  });

  it("gives imported open items a due date from the policy the same document brings", async () => {
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "seed-002"));
    const rows = await t.db.select().from(backlogItems).where(eq(backlogItems.projectId, project!.id));
    const window = (key: string) => {
      const r = rows.find((x) => x.key === key)!;
      return r.dueAt && r.slaStartedAt ? (r.dueAt.getTime() - r.slaStartedAt.getTime()) / 3_600_000 : null;
    };
    expect(window("P0-001")).toBe(24);
    expect(window("P1-001")).toBe(336);
    expect(rows.filter((r) => r.priority && r.status !== "done" && r.status !== "wont_do").every((r) => r.dueAt)).toBe(true);
  });

  it("applies exactly what an edited copy changed, keeping history, comments and app edits", async () => {
    const original = seedBytes("002_ffc60b89eeec65e0.txt").toString("utf8");
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "seed-002"));
    const item = async (key: string) => (await t.db.select().from(backlogItems).where(and(eq(backlogItems.projectId, project!.id), eq(backlogItems.key, key))))[0]!;
    const p001 = await item("P0-001");
    await t.db.insert(comments).values({ itemId: p001.id, body: "Started on this" });
    // A lead re-prioritises P3-008 in the app; the document still says P3.
    await t.db.update(backlogItems).set({ priority: "P1" }).where(eq(backlogItems.id, (await item("P3-008")).id));

    const edited = original
      .replace("- [ ] Pyright errors < 50 across all repos", "- [x] Pyright errors < 50 across all repos")
      .replace("### P0-002: Establish Type Checking in CI/CD Pipeline\n**Status:** Not Started", "### P0-002: Establish Type Checking in CI/CD Pipeline\n**Status:** In Progress")
      .replace("## Priority Matrix", "### P3-009: Retire the legacy admin UI\n**Status:** Not Started  \n**Severity:** Low  \n**Effort:** 3 hours\n\n## Priority Matrix");
    expect(edited).not.toBe(original);

    const dry = await summaryOf("seed-002", Buffer.from(edited), { dryRun: true });
    expect(dry.created.map((c) => c.key)).toEqual(["P3-009"]);
    expect(dry.updated.map((u) => [u.key, u.changes.map((c) => c.field)])).toEqual([
      ["P0-001", ["checklist"]],
      ["P0-002", ["status"]],
    ]);
    expect(await item("P0-002")).toMatchObject({ status: "not_started" }); // a dry run writes nothing

    const result = await summaryOf("seed-002", Buffer.from(edited));
    expect({ created: result.created.length, updated: result.updated.length, unchanged: result.unchanged }).toEqual({ created: 1, updated: 2, unchanged: 40 });
    const after = await item("P0-001");
    expect(after.id).toBe(p001.id);
    expect(after.version).toBe(p001.version + 1);
    const ticked = await t.db.select().from(checklistItems).where(and(eq(checklistItems.itemId, p001.id), eq(checklistItems.text, "Pyright errors < 50 across all repos")));
    expect(ticked[0]!.done).toBe(true);
    expect(await t.db.select().from(comments).where(eq(comments.itemId, p001.id))).toHaveLength(1);
    expect(await item("P0-002")).toMatchObject({ status: "in_progress" });
    expect((await item("P0-002")).startedAt).not.toBeNull();
    expect(await item("P3-008")).toMatchObject({ priority: "P1" });
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, p001.id));
    expect(history.map((h) => h.action)).toEqual(["item.import_update"]);
    // Its creation is recorded once for the whole import it came from.
    const [created] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, p001.sourceImportId!), eq(auditLog.action, "import.create_items")));
    expect(created!.after).toMatchObject({ created: 42 });

    // Importing the edited copy again is a no-op.
    const again = await summaryOf("seed-002", Buffer.from(edited));
    expect({ created: again.created.length, updated: again.updated.length }).toEqual({ created: 0, updated: 0 });
  });

  it("reports items the document no longer contains and marks them won't do only when asked", async () => {
    const text = seedBytes("000_a0a50574bb875801.txt").toString("utf8").replace(/^- \[ \] 15\.6 .*\n?/m, "");
    const dry = await summaryOf("seed-000", Buffer.from(text), { dryRun: true });
    expect(dry.missing.map((m) => m.key)).toEqual(["15.6"]);
    await summaryOf("seed-000", Buffer.from(text));
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "seed-000"));
    const [kept] = await t.db.select().from(backlogItems).where(and(eq(backlogItems.projectId, project!.id), eq(backlogItems.key, "15.6")));
    expect(kept!.status).toBe("not_started");
    await summaryOf("seed-000", Buffer.from(text), { markMissingWontDo: true });
    const [marked] = await t.db.select().from(backlogItems).where(eq(backlogItems.id, kept!.id));
    expect(marked!.status).toBe("wont_do");
  });

  it("writes all of an import or nothing", async () => {
    const before = await t.db.select({ n: count() }).from(imports);
    // The second record gets a negative effort, which the database refuses after the first row was written.
    const doc = "# Broken\n\n### A-1: Fine\n**Status:** Not Started\n**Effort:** 2 hours\n\n### A-2: Broken\n**Status:** Not Started\n**Effort:** 3 hours\n";
    await expect(
      (async () => {
        const { commitImport } = await import("./commit-service");
        const { parsePlan } = await import("./parse");
        const parsed = parsePlan(doc);
        parsed.items[1]!.effortHours = -3;
        await commitImport(t.db, SYSTEM, { newProject: { slug: "broken", name: "Broken" }, fileName: "broken.md", contentHash: "x", parsed });
      })(),
    ).rejects.toThrow();
    expect(await t.db.select().from(projects).where(eq(projects.slug, "broken"))).toHaveLength(0);
    expect(await t.db.select({ n: count() }).from(imports)).toEqual(before);
  });

  it("starts the created items' clocks when asked (the demo's backdated plans) while the record of the import says when it ran", async () => {
    const ranAt = Date.now();
    const clockStart = new Date(ranAt - 84 * 86_400_000);
    const result = await importDocument(t.db, SYSTEM, { bytes: seedBytes("002_ffc60b89eeec65e0.txt"), fileName: "002.md", projectSlug: "backdated", dryRun: false, clockStart });
    if (!result.ok) throw new Error(result.error);
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "backdated"));
    const rows = await t.db.select().from(backlogItems).where(eq(backlogItems.projectId, project!.id));
    const p0 = rows.find((r) => r.key === "P0-001")!;
    expect({ createdAt: p0.createdAt, triagedAt: p0.triagedAt, slaStartedAt: p0.slaStartedAt, dueAt: p0.dueAt }).toEqual({
      createdAt: clockStart,
      triagedAt: clockStart,
      slaStartedAt: clockStart,
      dueAt: new Date(clockStart.getTime() + 24 * 3_600_000),
    });
    expect(rows.every((r) => r.createdAt.getTime() === clockStart.getTime())).toBe(true);
    // Impact proposed from each severity, effort from the document: every item is on the board.
    expect(p0).toMatchObject({ severity: "critical", impact: 5, effortHours: 2 });
    expect(rows.every((r) => r.impact !== null && r.effortHours !== null)).toBe(true);
    // The import row and its history row are the truth: written now.
    const [record] = await t.db.select().from(imports).where(eq(imports.id, p0.sourceImportId!));
    const [history] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, p0.sourceImportId!), eq(auditLog.action, "import.create_items")));
    for (const at of [record!.createdAt, history!.at]) expect(at.getTime()).toBeGreaterThanOrEqual(ranAt - 60_000);
    // Never in the future, and a person's import (no clockStart) starts them now.
    await expect(importDocument(t.db, SYSTEM, { bytes: Buffer.from("- [ ] x"), fileName: "x.md", projectSlug: "future", dryRun: false, clockStart: new Date(ranAt + 3_600_000) })).rejects.toThrow(/cannot start in the future/);
    const [fresh] = await t.db.select().from(backlogItems).innerJoin(projects, eq(projects.id, backlogItems.projectId)).where(eq(projects.slug, "seed-002")).limit(1);
    expect(fresh!.backlog_items.createdAt.getTime()).toBeGreaterThan(clockStart.getTime() + 80 * 86_400_000);
  });

  it("refuses bad input with a clear message", async () => {
    expect(await run("Bad Slug!", Buffer.from("- [ ] x"))).toEqual({ ok: false, error: expect.stringMatching(/^project:/) });
    expect(await run("empty", Buffer.from(""))).toEqual({ ok: false, error: "The file is empty." });
    expect(await run("binary", Buffer.from([0, 1, 2, 3, 0, 5]))).toEqual({ ok: false, error: expect.stringMatching(/binary/) });
    const none = await run("prose", Buffer.from("# Notes\n\nJust prose here.\n\n## Ideas\n\nMore prose."), { dryRun: true });
    expect(none.ok && none.parsed.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Read as prose; no tasks found — headings looked like Ideas \(2 paragraphs\)\./)]);
  });
});
