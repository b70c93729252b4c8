import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, auditLog, backlogItems, imports, projects, runbooks } from "@/db/schema";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { systemActor, userActor, type UserActor } from "@/lib/domain/actors";
import { describeEvent, phraseText, subjectOf } from "@/lib/screens/audit-text";
import { parseAuditFilter } from "./filters";
import { listAuditEntries } from "./queries";

// The audit log's query: names for every id its rows hold (no id left for the page to show),
// deleted things by the label their row kept, and each filter narrowing the rows it should.

describe("the audit log's query", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let admin: UserActor;
  let ids: { lead: string; erin: string; item: string; token: string; runbook: string };

  beforeAll(async () => {
    t = await createTestDb();
    const made = await createUser(t.db, systemActor("test"), { email: "admin@example.com", name: "Ada Admin", role: "admin", password: "longenough1" });
    admin = userActor({ ...made, role: "admin" });
    const lead = await createUser(t.db, systemActor("test"), { email: "lead@example.com", name: "Lee Lead", role: "lead", password: "longenough1" });
    const erin = await createUser(t.db, systemActor("test"), { email: "erin@example.com", name: "Erin Engineer", role: "engineer", password: "longenough1" });
    const [health] = await t.db.insert(projects).values({ slug: "health-todos", name: "Health todos" }).returning();
    const [item] = await t.db.insert(backlogItems).values({ projectId: health!.id, key: "P0-006", title: "Add tracing" }).returning();
    const [token] = await t.db.insert(apiTokens).values({ name: "deploy", prefix: "hb_1", tokenHash: "x", scopes: ["metrics:write"] }).returning();
    const [runbook] = await t.db.insert(runbooks).values({ slug: "db-failover", title: "DB failover" }).returning();
    const [plan] = await t.db.insert(imports).values({ projectId: health!.id, fileName: "plan.md", contentHash: "h", detectedShape: "plan" }).returning();
    ids = { lead: lead.id, erin: erin.id, item: item!.id, token: token!.id, runbook: runbook!.id };
    const gone = "99999999-9999-4999-8999-999999999999";
    await t.db.insert(auditLog).values([
      { actorType: "user", actorId: lead.id, actorLabel: "lead@example.com", action: "item.update", entityType: "item", entityId: item!.id, before: { assigneeId: null }, after: { assigneeId: erin.id }, at: new Date("2026-12-01T10:00:00Z") },
      { actorType: "user", actorId: lead.id, actorLabel: "lead@example.com", action: "item.status", entityType: "item", entityId: item!.id, before: { status: "not_started" }, after: { status: "in_progress" }, at: new Date("2026-12-02T23:30:00Z") },
      { actorType: "token", actorId: token!.id, actorLabel: "token:hb_1", action: "runbook.link_item", entityType: "runbook", entityId: runbook!.id, after: { itemId: item!.id }, at: new Date("2026-12-03T10:00:00Z") },
      { actorType: "user", actorId: lead.id, actorLabel: "lead@example.com", action: "item.status", entityType: "item", entityId: gone, before: { status: "not_started" }, after: { status: "done" }, at: new Date("2026-12-04T10:00:00Z") },
      { actorType: "user", actorId: lead.id, actorLabel: "lead@example.com", action: "item.delete", entityType: "item", entityId: gone, before: { id: gone, key: "P2-003", title: "Old chore" }, at: new Date("2026-12-04T11:00:00Z") },
      { actorType: "system", actorLabel: "system:demo", action: "import.create_items", entityType: "import", entityId: plan!.id, after: { fileName: "plan.md", created: 42 }, at: new Date("2026-12-05T10:00:00Z") },
    ]);
  });
  afterAll(() => t.drop());

  const list = async (params: Record<string, string>, zone = "UTC") => {
    const { query, problems } = parseAuditFilter(params, zone);
    const page = await listAuditEntries(admin, query, t.db);
    const lines = page.entries.map((e) => {
      const s = describeEvent(e.record, page.names, subjectOf(e, page.names));
      return `${e.actor.name} ${[s.head, ...s.details].map(phraseText).join(" | ")}`;
    });
    return { ...page, lines, problems };
  };

  it("says every row in words, with names for every id it holds", async () => {
    const { lines, names } = await list({});
    expect(lines).toEqual([
      "System imported 42 items from 'plan.md' into Health todos",
      "Lee Lead deleted P2-003 'Old chore' (deleted)",
      "Lee Lead changed status of P2-003 'Old chore' (deleted) from Not started to Done",
      "API token 'deploy' linked DB failover to P0-006 'Add tracing' (Health todos)",
      "Lee Lead changed status of P0-006 'Add tracing' (Health todos) from Not started to In progress",
      "Lee Lead set assignee of P0-006 'Add tracing' (Health todos) to Erin Engineer",
      // Made by createUser above, as the system.
      "System added Erin Engineer (erin@example.com) as engineer",
      "System added Lee Lead (lead@example.com) as lead",
      "System added Ada Admin (admin@example.com) as admin",
    ]);
    expect(lines.join("\n")).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(names.things.item[ids.item]).toEqual({ label: "P0-006 'Add tracing'", href: "/backlog/health-todos/P0-006", context: "Health todos" });
    expect(names.things.runbook[ids.runbook]?.href).toBe("/runbooks/db-failover");
  });

  it("filters by actor: a kind of actor, one person, one token, the system", async () => {
    expect((await list({ actor: "token" })).lines).toHaveLength(1);
    expect((await list({ actor: `token:${ids.token}` })).lines).toHaveLength(1);
    expect((await list({ actor: `user:${ids.lead}` })).lines).toHaveLength(4);
    expect((await list({ actor: `user:${ids.erin}` })).lines).toHaveLength(0);
    expect((await list({ actor: "system", kind: "import" })).lines).toEqual(["System imported 42 items from 'plan.md' into Health todos"]);
    expect((await list({ actor: "system" })).lines).toHaveLength(4);
  });

  it("filters by kind: a kind of thing or one action", async () => {
    expect((await list({ kind: "item" })).lines).toHaveLength(4);
    expect((await list({ kind: "item.status" })).lines).toHaveLength(2);
    expect((await list({ kind: "runbook" })).lines).toHaveLength(1);
  });

  it("filters by days in the viewer's zone", async () => {
    // 23:30 UTC on 2 Dec is 3 Dec in Auckland (UTC+13) and still 2 Dec in UTC.
    expect((await list({ from: "2026-12-02", to: "2026-12-02" })).lines).toEqual(["Lee Lead changed status of P0-006 'Add tracing' (Health todos) from Not started to In progress"]);
    expect((await list({ from: "2026-12-02", to: "2026-12-02" }, "Pacific/Auckland")).lines).toEqual([]);
    expect((await list({ from: "2026-12-03", to: "2026-12-03" }, "Pacific/Auckland")).lines).toHaveLength(2);
    expect((await list({ from: "2026-12-03", to: "2026-12-03" })).lines).toHaveLength(1);
    expect((await list({ from: "2026-12-04", to: "2026-12-05" })).lines).toHaveLength(3);
    expect((await list({ to: "2026-12-01" })).lines).toHaveLength(1);
  });

  it("filters by thing: an item key (a deleted one too), a runbook, a token's name", async () => {
    expect((await list({ thing: "p0-006" })).lines).toHaveLength(2);
    expect((await list({ thing: "P2-003" })).lines).toHaveLength(1);
    expect((await list({ thing: "db-failover" })).lines).toHaveLength(1);
  });

  it("names bad filters in words and applies the rest, never throwing", async () => {
    const { lines, problems } = await list({ actor: "root", kind: "item.renamed", from: "2026-02-30", to: "yesterday", before: "-1", thing: "P0-006" });
    expect(problems).toEqual([
      "Who: choose someone, a token or System from the list.",
      "Kind: choose a kind of change from the list.",
      "From: enter a date like 2026-12-06.",
      "To: enter a date like 2026-12-06.",
      "That page of the log does not exist; showing the newest entries.",
    ]);
    expect(lines).toHaveLength(2);
    expect((await list({ from: "2026-12-05", to: "2026-12-01" })).problems).toEqual(["From: the first day must not be after the last (To); showing every date."]);
  });

  it("pages by id, newest first", async () => {
    const first = await list({});
    expect(first.nextBefore).toBeNull();
    const older = await list({ before: String(first.entries[2]!.id) });
    expect(older.lines).toEqual(first.lines.slice(3));
  });
});
