import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, checklistItems, projects } from "@/db/schema";
import { systemActor } from "@/lib/domain/actors";
import { backlogViewSchema, queryOfView, SORT_COLUMNS } from "@/lib/backlog/filters";
import { listBacklog } from "@/lib/backlog/list-queries";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { EXPORT_FORMATS } from "./export-format";
import { ME_NEEDS_USER } from "@/lib/backlog/assignee-me";
import { loadExportView } from "./export-queries";
import { parsePlan } from "./parse";

// "Export this view" exports the view: for a matrix of backlog filters, every format's file holds
// exactly the rows the backlog table lists (same keys, same order for CSV and JSON) and as many as
// its count says. Keys repeat across projects, so a row is named "project/key".

describe("exports hold exactly the backlog view", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let me: string;
  let other: string;
  const day = 86_400_000;

  beforeAll(async () => {
    t = await createTestDb();
    me = (await createUser(t.db, systemActor("test"), { email: "me@example.com", name: "Me Myself", role: "engineer", password: "longenough1" })).id;
    other = (await createUser(t.db, systemActor("test"), { email: "other@example.com", name: "Other", role: "lead", password: "longenough1" })).id;
    const [core, web] = await t.db.insert(projects).values([{ slug: "core", name: "Core" }, { slug: "web", name: "Web" }]).returning();
    const now = Date.now();
    // Open and overdue; open and at risk (5% of a 20-day window left); on track; closed; no due date.
    const overdue = { dueAt: new Date(now - day), slaStartedAt: new Date(now - 10 * day) };
    const atRisk = { dueAt: new Date(now + day), slaStartedAt: new Date(now - 19 * day) };
    const onTrack = { dueAt: new Date(now + 30 * day), slaStartedAt: new Date(now - day) };
    const items = await t.db
      .insert(backlogItems)
      .values([
        { projectId: core!.id, key: "P0-001", title: "Deploy pipeline retries", priority: "P0", status: "in_progress", assigneeId: me, ...overdue, categoryPath: ["Infrastructure", "CI"] },
        { projectId: core!.id, key: "P0-002", title: "Rotate deploy keys", priority: "P0", status: "not_started", assigneeId: other, ...atRisk, severity: "critical" },
        { projectId: core!.id, key: "P1-001", title: "Billing webhook", priority: "P1", status: "not_started", assigneeId: me, ...atRisk, severity: "high" },
        { projectId: core!.id, key: "P1-002", title: "Deploy dashboard", priority: "P1", status: "blocked", blockedReason: "vendor", assigneeId: me, ...onTrack },
        { projectId: core!.id, key: "P1-003", title: "Old incident review", priority: "P1", status: "done", assigneeId: me, dueAt: new Date(now - 5 * day), completedAt: new Date(now - 6 * day) },
        { projectId: core!.id, key: "P2-001", title: "Tidy logs", priority: "P2", status: "not_started", ...onTrack, description: "Nothing to deploy here." },
        { projectId: core!.id, key: "T-1", title: "Untriaged deploy idea", status: "not_started", assigneeId: me },
        { projectId: web!.id, key: "P0-001", title: "Login outage runbook", priority: "P0", status: "not_started", assigneeId: me, ...overdue, categoryPath: ["Security"] },
        { projectId: web!.id, key: "P1-001", title: "Deploy preview apps", priority: "P1", status: "in_progress", assigneeId: other, ...overdue },
        { projectId: web!.id, key: "P1-002", title: "Flaky login test", priority: "P1", status: "in_progress", assigneeId: me, ...onTrack },
        { projectId: web!.id, key: "P3-001", title: "Dark mode", priority: "P3", status: "wont_do", assigneeId: other, dueAt: new Date(now - 9 * day), completedAt: new Date(now - day) },
        { projectId: web!.id, key: "T-1", title: "Untriaged login thing", status: "in_progress", assigneeId: other },
      ])
      .returning();
    await t.db.insert(checklistItems).values({ itemId: items[1]!.id, kind: "acceptance", text: "Keys rotated on every deploy target", position: 0 });
  });
  afterAll(() => t.drop());

  /** A view as URL parameters → what the table lists and what each format's file holds. */
  async function both(params: Record<string, string>, actorId: string | null = me) {
    const query = queryOfView(backlogViewSchema.parse(params));
    const page = await listBacklog(t.db, { ...query, size: 100 }, actorId);
    const loaded = await loadExportView(t.db, query, actorId, "America/New_York");
    if (!loaded.ok) throw new Error(loaded.error.message);
    const csv = Papa.parse<Record<string, string>>(EXPORT_FORMATS.csv.render(loaded.data), { header: true, skipEmptyLines: true }).data;
    const json = JSON.parse(EXPORT_FORMATS.json.render(loaded.data)) as { items: { project: string; key: string }[] };
    // Markdown: one plan per project, each under its `# Name` heading; the records are grouped by category.
    const names = new Map(loaded.data.projects.map((p) => [p.name, p.slug]));
    const md = EXPORT_FORMATS.md
      .render(loaded.data)
      .split(/^(?=# )/m)
      .flatMap((plan) => parsePlan(plan).items.map((i) => `${names.get(/^# (.*)$/m.exec(plan)![1]!)}/${i.key}`));
    return {
      table: page.rows.map((r) => `${r.projectSlug}/${r.key}`),
      total: page.total,
      csv: csv.map((r) => `${r.project}/${r.key}`),
      json: json.items.map((i) => `${i.project}/${i.key}`),
      md,
    };
  }

  const axes = {
    project: [undefined, "core"],
    priority: [undefined, "P0,P1", "untriaged"],
    status: [undefined, "not_started,in_progress"],
    assignee: [undefined, "me", "other"],
    sla: [undefined, "overdue", "at_risk"],
    q: [undefined, "deploy"],
  } as const;
  const matrix: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(axes)) {
    const next: Record<string, string>[] = [];
    for (const base of matrix) for (const v of values) next.push(v === undefined ? base : { ...base, [name]: v });
    matrix.splice(0, matrix.length, ...next);
  }

  it(`covers ${matrix.length} filter combinations, many of them non-empty`, async () => {
    let nonEmpty = 0;
    for (const combination of matrix) {
      // "overdue" is the backlog's overdue switch; "at_risk" its SLA-state filter.
      const { sla, assignee, ...rest } = combination;
      const params = { ...rest, ...(sla === "overdue" ? { overdue: "1" } : sla ? { sla } : {}), ...(assignee === "other" ? { assignee: other } : assignee ? { assignee } : {}) };
      const got = await both(params);
      const label = JSON.stringify(combination);
      expect(got.csv, `CSV of ${label}`).toEqual(got.table);
      expect(got.json, `JSON of ${label}`).toEqual(got.table);
      expect([...got.md].sort(), `Markdown of ${label}`).toEqual([...got.table].sort());
      expect(got.csv.length, `count of ${label}`).toBe(got.total);
      if (got.table.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(matrix.length / 4);
  }, 120_000);

  it("keeps the view's order for every sort column, both ways", async () => {
    for (const sort of SORT_COLUMNS) {
      for (const dir of ["asc", "desc"]) {
        const got = await both({ sort, dir });
        expect(got.csv, `${sort} ${dir}`).toEqual(got.table);
        expect(got.json, `${sort} ${dir}`).toEqual(got.table);
      }
    }
  });

  it("resolves assignee=me to the caller, and refuses it when there is no user (a token, the CLI)", async () => {
    const mine = await both({ assignee: "me", priority: "P0,P1" });
    expect(mine.csv.sort()).toEqual(["core/P0-001", "core/P1-001", "core/P1-002", "core/P1-003", "web/P0-001", "web/P1-002"]);
    const theirs = await both({ assignee: "me", priority: "P0,P1" }, other);
    expect(theirs.csv.sort()).toEqual(["core/P0-002", "web/P1-001"]);
    const refused = await loadExportView(t.db, queryOfView({ assignee: "me" }), null, "UTC");
    expect(refused).toEqual({ ok: false, error: { code: "invalid", message: ME_NEEDS_USER, fieldErrors: { assignee: [ME_NEEDS_USER] } } });
  });

  it("writes assignee, due date in ISO and in the zone, SLA state and outcome", async () => {
    const loaded = await loadExportView(t.db, queryOfView({ project: "core" }), me, "America/New_York");
    if (!loaded.ok) throw new Error(loaded.error.message);
    const rows = Papa.parse<Record<string, string>>(EXPORT_FORMATS.csv.render(loaded.data), { header: true }).data;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get("P0-001")).toMatchObject({ project: "core", assignee: "Me Myself", assigneeEmail: "me@example.com", sla: "overdue", slaOutcome: "", timeZone: "America/New_York" });
    expect(byKey.get("P0-001")!.due).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(byKey.get("P0-001")!.dueLocal).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/);
    expect(byKey.get("P0-002")).toMatchObject({ sla: "at_risk", assignee: "Other" });
    expect(byKey.get("P2-001")).toMatchObject({ sla: "on_track", assignee: "" });
    expect(byKey.get("P1-003")).toMatchObject({ sla: "none", slaOutcome: "on_time" });
    expect(byKey.get("T-1")).toMatchObject({ sla: "none", due: "", dueLocal: "" });
  });

  it("says which project is missing", async () => {
    expect(await loadExportView(t.db, queryOfView({ project: "nope" }), me, "UTC")).toMatchObject({ ok: false, error: { code: "not_found", message: "No project 'nope'." } });
  });
});
