import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { createTestDb } from "@/test/db";
import { seedLarge } from "./large";
import { seedDemo } from "./seed";

const LARGE = sql`(select id from projects where slug ~ '^large-[0-9]+$')`;
const ITEMS = 2000;
const PROJECTS = 4;

describe("large benchmark seed", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;

  async function rows<T = Record<string, number>>(query: SQL): Promise<T[]> {
    const result = (await t.db.execute(query)) as unknown as T[] | { rows: T[] };
    return Array.isArray(result) ? result : result.rows;
  }
  async function one<T = Record<string, number>>(query: SQL): Promise<T> {
    return (await rows<T>(query))[0]!;
  }
  /** Share of the large items matching `where`, in percent. */
  async function pct(where: SQL, among: SQL = sql`true`) {
    const r = await one(sql`select (100.0 * count(*) filter (where ${where}) / nullif(count(*), 0))::float8 as p
      from backlog_items where project_id in ${LARGE} and ${among}`);
    return Number(r.p);
  }

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    await seedDemo(t.db); // the demo users: assignees and comment authors
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  it("generates the requested projects, items, checklists and comments", async () => {
    const result = await seedLarge(t.db, { items: ITEMS, projects: PROJECTS, seed: 7 });
    const projects = await rows<{ slug: string; name: string; n: number }>(
      sql`select p.slug, p.name, (select count(*) from backlog_items b where b.project_id = p.id)::int as n
          from projects p where p.id in ${LARGE} order by p.slug`,
    );
    expect(projects).toEqual([
      { slug: "large-01", name: "Large project 01", n: 500 },
      { slug: "large-02", name: "Large project 02", n: 500 },
      { slug: "large-03", name: "Large project 03", n: 500 },
      { slug: "large-04", name: "Large project 04", n: 500 },
    ]);
    const counts = await one<{ checklist: number; comments: number }>(sql`select
      (select count(*) from checklist_items where item_id in (select id from backlog_items where project_id in ${LARGE}))::int as checklist,
      (select count(*) from comments where item_id in (select id from backlog_items where project_id in ${LARGE}))::int as comments`);
    expect(result).toMatchObject({ projects: PROJECTS, items: ITEMS, checklist: counts.checklist, comments: counts.comments });
    expect(result.ms).toBeGreaterThan(0);
    // 0–5 checklist entries per item (about 2.5), 0–3 comments (about 0.5).
    expect(counts.checklist / ITEMS).toBeGreaterThan(2.2);
    expect(counts.checklist / ITEMS).toBeLessThan(2.8);
    expect(counts.comments / ITEMS).toBeGreaterThan(0.4);
    expect(counts.comments / ITEMS).toBeLessThan(0.6);
    const perItem = await one(sql`select max(n)::int as cl, (select max(n) from (select count(*) as n from comments
        where item_id in (select id from backlog_items where project_id in ${LARGE}) group by item_id) c)::int as cm
      from (select count(*) as n from checklist_items where item_id in (select id from backlog_items where project_id in ${LARGE}) group by item_id) x`);
    expect(perItem).toEqual({ cl: 5, cm: 3 });
    const audit = await rows(sql`select after from audit_log where action = 'seed.large' and entity_type = 'workspace' and entity_id = 'large' and actor_label like 'system:%'`);
    expect(audit).toHaveLength(1);
  });

  it("gives keys unique per project in the plans' style, matching the priority", async () => {
    const r = await one(sql`select count(*)::int as n, count(distinct (project_id, key))::int as distinct_keys,
        count(*) filter (where key !~ '^(P[0-3]|T)-[0-9]{3,}$')::int as bad_format,
        count(*) filter (where split_part(key, '-', 1) <> coalesce(priority::text, 'T'))::int as wrong_prefix
      from backlog_items where project_id in ${LARGE}`);
    expect(r).toEqual({ n: ITEMS, distinct_keys: ITEMS, bad_format: 0, wrong_prefix: 0 });
    // Numbered from 001 within each project and prefix, without gaps.
    const gaps = await one(sql`select count(*)::int as n from (
        select project_id, split_part(key, '-', 1) as prefix, count(*) as c, max(split_part(key, '-', 2)::int) as top
        from backlog_items where project_id in ${LARGE} group by 1, 2) g where c <> top`);
    expect(gaps.n).toBe(0);
  });

  it("spreads priority, status and the optional fields roughly as real backlogs do", async () => {
    const within = (value: number, min: number, max: number) => {
      expect(value).toBeGreaterThanOrEqual(min);
      expect(value).toBeLessThanOrEqual(max);
    };
    within(await pct(sql`priority is null`), 5, 15);
    within(await pct(sql`priority = 'P0'`), 2, 8);
    within(await pct(sql`priority = 'P1'`), 15, 25);
    within(await pct(sql`priority = 'P2'`), 34, 46);
    within(await pct(sql`priority = 'P3'`), 20, 30);
    within(await pct(sql`status = 'not_started'`), 40, 50);
    within(await pct(sql`status = 'in_progress'`), 16, 24);
    within(await pct(sql`status = 'blocked'`), 3, 7);
    within(await pct(sql`status = 'done'`), 21, 29);
    within(await pct(sql`status = 'wont_do'`), 3, 7);
    within(await pct(sql`severity is not null`), 52, 68);
    within(await pct(sql`effort_hours is not null`), 62, 78);
    within(await pct(sql`impact is not null`), 42, 58);
    within(await pct(sql`assignee_id is not null`), 52, 68);
    within(await pct(sql`cardinality(category_path) = 2`), 40, 60);
    within(await pct(sql`due_at is not null`, sql`priority is not null and status in ('not_started', 'in_progress', 'blocked')`), 62, 78);
    within(await pct(sql`due_at < now()`, sql`due_at is not null`), 10, 40); // some are overdue

    const invariants = await one(sql`select
        count(*) filter (where (status = 'done') <> (completed_at is not null))::int as completed,
        count(*) filter (where (status in ('in_progress', 'blocked', 'done')) <> (started_at is not null))::int as started,
        count(*) filter (where (status = 'blocked') <> (blocked_reason is not null))::int as blocked,
        count(*) filter (where (priority is not null) <> (triaged_at is not null) or sla_started_at is distinct from triaged_at)::int as triaged,
        count(*) filter (where due_at is not null and (priority is null or status in ('done', 'wont_do')))::int as due,
        count(*) filter (where updated_at < greatest(created_at, triaged_at, started_at, completed_at))::int as updated,
        count(*) filter (where started_at < created_at or completed_at < started_at)::int as order_wrong,
        count(*) filter (where created_at < now() - interval '181 days' or created_at > now())::int as created,
        count(*) filter (where effort_hours not between 1 and 80 or impact not between 1 and 5)::int as ranges,
        count(*) filter (where cardinality(category_path) not in (1, 2))::int as categories
      from backlog_items where project_id in ${LARGE}`);
    expect(invariants).toEqual({ completed: 0, started: 0, blocked: 0, triaged: 0, due: 0, updated: 0, order_wrong: 0, created: 0, ranges: 0, categories: 0 });
    const assignees = await rows<{ role: string }>(sql`select distinct u.role::text as role from backlog_items b join users u on u.id = b.assignee_id
      where b.project_id in ${LARGE} order by 1`);
    expect(assignees.map((a) => a.role)).toEqual(["engineer", "lead"]);
  });

  it("fills checklist_text through the trigger, and search words hit a realistic share of items", async () => {
    const r = await one(sql`select
        count(*) filter (where c.t is not null and b.checklist_text = '')::int as missing,
        count(*) filter (where b.checklist_text <> coalesce(c.t, ''))::int as different,
        count(*) filter (where c.t is not null)::int as with_checklist
      from backlog_items b
      left join (select item_id, string_agg(text, ' ' order by kind, position) as t from checklist_items group by item_id) c on c.item_id = b.id
      where b.project_id in ${LARGE}`);
    expect(r.missing).toBe(0);
    expect(r.different).toBe(0);
    expect(r.with_checklist).toBeGreaterThan(ITEMS * 0.75);
    const kinds = await one(sql`select count(distinct kind)::int as kinds, (100.0 * avg(done::int))::float8 as done_pct,
        count(*) filter (where position < 0 or position > 4)::int as bad_position
      from checklist_items where item_id in (select id from backlog_items where project_id in ${LARGE})`);
    expect(kinds.kinds).toBe(3);
    expect(kinds.bad_position).toBe(0);
    expect(Number(kinds.done_pct)).toBeGreaterThan(32);
    expect(Number(kinds.done_pct)).toBeLessThan(48);
    for (const word of ["migrate", "billing", "webhook", "retry", "flaky", "pipeline", "coverage", "pyright", "runbook", "latency"]) {
      const share = await pct(sql`search_vector @@ to_tsquery('simple', ${word})`);
      expect(share, word).toBeGreaterThanOrEqual(0.5);
      expect(share, word).toBeLessThanOrEqual(12);
    }
  });

  it("refuses to run again without reset, and with reset replaces the set deterministically", async () => {
    const snapshot = () =>
      rows<{ slug: string; key: string; title: string; status: string }>(sql`select p.slug, b.key, b.title, b.status::text as status,
          b.checklist_text from backlog_items b join projects p on p.id = b.project_id where p.id in ${LARGE} order by p.slug, b.key`);
    const before = await snapshot();
    await expect(seedLarge(t.db, { items: ITEMS, projects: PROJECTS, seed: 7 })).rejects.toThrow(/already exists.*--reset/);
    expect(await snapshot()).toEqual(before);

    // Same seed: the same data again.
    await seedLarge(t.db, { items: ITEMS, projects: PROJECTS, seed: 7, reset: true });
    expect(await snapshot()).toEqual(before);

    // A smaller set replaces every large project, not only the ones it reuses.
    const small = await seedLarge(t.db, { items: 300, projects: 2, seed: 8, reset: true });
    expect(small).toMatchObject({ projects: 2, items: 300 });
    const slugs = await rows<{ slug: string; n: number }>(sql`select p.slug, count(b.id)::int as n from projects p
      left join backlog_items b on b.project_id = p.id where p.id in ${LARGE} group by p.slug order by p.slug`);
    expect(slugs).toEqual([
      { slug: "large-01", n: 150 },
      { slug: "large-02", n: 150 },
    ]);
    expect(await rows(sql`select 1 from audit_log where action = 'seed.large'`)).toHaveLength(3);
    // The demo projects are left alone.
    expect((await one(sql`select count(*)::int as n from projects where slug !~ '^large-'`)).n).toBe(5);
  });
});
