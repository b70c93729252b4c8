import { inArray, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { projects, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { DEMO_USERS } from "./users";
import { systemActor } from "@/lib/domain/actors";

// A large, realistic-looking data set for benchmarks (npm run db:seed:large). Every row is made by
// set-based SQL on the server (generate_series + hashtext), never row by row from JS, so 100,000
// items take seconds on PostgreSQL and on PGlite alike. Deterministic for a given seed: every
// choice is a hash of (seed, project, item), not random(); only the timestamps move with "now".

export interface SeedLargeOptions {
  items: number;
  projects: number;
  seed?: number;
  /** Delete an existing large data set (projects large-NN, cascading to their items) first. */
  reset?: boolean;
}

export interface SeedLargeResult {
  projects: number;
  items: number;
  checklist: number;
  comments: number;
  ms: number;
}

/** Items generated per INSERT statement (one project at a time; bigger projects are split). */
const CHUNK = 10_000;
const SLUG_PATTERN = "^large-[0-9]+$";
const ACTOR = systemActor("seed-large");

export const largeProjectSlug = (n: number) => `large-${String(n).padStart(2, "0")}`;
export const largeProjectName = (n: number) => `Large project ${String(n).padStart(2, "0")}`;

// ── Vocabulary ───────────────────────────────────────────────────────────────────────────────
// Sized so that a common word lands in roughly 0.5%–10% of the items (titles, descriptions and
// checklist texts together), as in real engineering plans.

const VERBS = [
  "Migrate", "Fix", "Refactor", "Add", "Remove", "Replace", "Harden", "Speed up", "Document", "Upgrade", "Investigate",
  "Deduplicate", "Instrument", "Split", "Consolidate", "Automate", "Deprecate", "Backfill", "Audit", "Simplify",
  "Parallelize", "Cache",
];
const AREAS = [
  "billing", "auth", "search", "checkout", "onboarding", "notifications", "reporting", "ingestion", "payments",
  "scheduler", "export", "import", "admin", "analytics", "inventory", "messaging", "sessions", "uploads", "permissions",
  "invoicing", "dashboard", "gateway", "storage", "metrics",
];
const COMPONENTS = [
  "webhook", "pipeline", "queue", "worker", "endpoint", "migration", "cron job", "retry policy", "client", "schema",
  "cache", "index", "rate limiter", "feature flag", "config loader", "logger", "serializer", "healthcheck",
  "connection pool", "test suite",
];
const QUALIFIERS = [
  "for flaky retries", "to reduce latency", "before the Q3 freeze", "in CI", "behind a feature flag",
  "with pyright strict", "on PostgreSQL 16", "for multi-region", "after the outage", "under peak traffic",
  "for the on-call rotation", "without downtime", "in staging first", "for the audit", "for GDPR requests",
  "ahead of the launch",
];
const CATEGORIES = [
  "Reliability", "Performance", "Security", "Testing", "Developer Experience", "Observability", "Data", "Documentation",
];
const SUBCATEGORIES = ["CI", "Alerting", "Database", "API", "Frontend", "Backend", "Infrastructure", "Tooling", "Compliance", "Cost"];
const SEVERITIES = ["critical", "high", "high", "medium", "medium", "medium", "medium", "low", "low", "low"];
const FOLLOW_UPS = [
  "See the incident review for details.",
  "This blocked deploys twice last sprint.",
  "Owner to confirm scope with the platform team.",
  "Done when the SLO stays green for a week.",
  "Needs a rollback step.",
  "Linked to the SLO error budget burn.",
  "Try it in staging before production.",
  "Customer support escalated this twice.",
  "Pair with the on-call engineer for the rollout.",
  "Estimate assumes no data model change.",
  "Raised in the last architecture sync.",
  "Low risk, but touches shared code.",
];
const BLOCKERS = [
  "Waiting on the vendor to fix their API",
  "Needs a security review first",
  "Waiting for the database maintenance window",
  "Blocked by the pending infrastructure upgrade",
  "Needs sign-off from legal",
  "Waiting for capacity in the platform team",
];
const COMMENT_OPENERS = [
  "Picked this up today.",
  "Quick update:",
  "Reviewed the draft PR.",
  "Synced with the team.",
  "Heads up:",
  "Status:",
];

// ── SQL helpers (all literals below are our own vocabulary or validated numbers/uuids) ──────────

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `(array[${xs.map(lit).join(",")}]::text[])`;
/** A non-negative 31-bit hash of `base || ':' || tag`. */
const h = (base: string, tag: string) => `(hashtext(${base} || ${lit(`:${tag}`)}) & 2147483647)`;
const pick = (xs: readonly string[], hash: string) => `${arr(xs)}[1 + ${hash} % ${xs.length}]`;
const capital = (e: string) => `(upper(left(${e}, 1)) || substr(${e}, 2))`;
const slugOf = (e: string) => `replace(${e}, ' ', '_')`;
const area = (k: string) => pick(AREAS, h(k, "area"));
const component = (k: string) => pick(COMPONENTS, h(k, "comp"));
const num = (k: string, tag: string, min: number, max: number) => `(${min} + ${h(k, tag)} % ${max - min + 1})`;

function uuidArray(ids: string[]) {
  for (const id of ids) if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  return `(array[${ids.map(lit).join(",")}]::uuid[])`;
}

/** The first sentence of a description, about the item's area (a) and component (c). */
function descriptionSentence(k: string, a: string, c: string) {
  const n1 = num(k, "n1", 2, 60);
  const n2 = num(k, "n2", 120, 900);
  const templates = [
    `'The ' || ${a} || ' ' || ${c} || ' is flaky under load and times out after ' || ${n1} || ' seconds.'`,
    `${capital(a)} || ' ' || ${c} || ' retries forever when upstream returns 5xx; add backoff and a dead-letter queue.'`,
    `'p95 latency of the ' || ${a} || ' ' || ${c} || ' went from ' || ${n1} || ' ms to ' || ${n2} || ' ms after the last deploy.'`,
    `'Test coverage for ' || ${a} || ' is ' || ${n1} || '%; the ' || ${c} || ' has no regression tests.'`,
    `'pyright reports ' || ${n2} || ' errors in the ' || ${a} || ' module, mostly optional member access.'`,
    `'Customers see duplicate ' || ${a} || ' events because the ' || ${c} || ' is not idempotent.'`,
    `'The ' || ${c} || ' for ' || ${a} || ' still calls the deprecated v1 API.'`,
    `'The ' || ${a} || ' runbook does not cover ' || ${c} || ' failures.'`,
    `'Alerts on the ' || ${a} || ' ' || ${c} || ' page on-call about ' || ${n1} || ' times a week; tune the thresholds.'`,
    `'Memory of the ' || ${a} || ' ' || ${c} || ' grows until the pod is OOM-killed.'`,
    `'The nightly ' || ${a} || ' ' || ${c} || ' job takes ' || ${n1} || ' minutes; most of it is one unindexed query.'`,
    `'Error rate of the ' || ${a} || ' ' || ${c} || ' spikes to ' || ${n1} || '% during deploys.'`,
    `'Secrets for the ' || ${a} || ' ' || ${c} || ' are still read from plain environment files.'`,
    `'Logs from the ' || ${a} || ' ' || ${c} || ' lack request ids, so incidents take hours to trace.'`,
    `'The ' || ${a} || ' ' || ${c} || ' has ' || ${n1} || ' TODOs and no owner.'`,
    `'Cost of the ' || ${a} || ' ' || ${c} || ' doubled since the traffic shift to the new region.'`,
    `'Type hints are missing across the ' || ${a} || ' ' || ${c} || ', so refactors keep breaking it.'`,
    `'The ' || ${a} || ' ' || ${c} || ' holds a database lock for up to ' || ${n1} || ' seconds at peak.'`,
    `'Two services write to the ' || ${a} || ' ' || ${c} || ' concurrently and lose updates.'`,
    `'Startup of the ' || ${a} || ' ' || ${c} || ' takes ' || ${n1} || ' seconds because config is loaded eagerly.'`,
  ];
  return `(case ${h(k, "desc")} % ${templates.length} ${templates.map((t, i) => `when ${i} then ${t}`).join(" ")} end)`;
}

/** One checklist text; `k` is the item's hash base, `ek` the entry's, `pos` its position. */
function checklistText(k: string, ek: string, pos: string, kind: string, a: string, c: string) {
  const n = num(ek, "n", 2, 99);
  const acceptance = [
    `${capital(a)} || ' ' || ${c} || ' p99 stays under ' || (${n} * 10) || ' ms'`,
    `'No intermittent failures in ' || ${n} || ' consecutive CI runs'`,
    `'Every ' || ${a} || ' code path is covered by unit tests'`,
    `'Type checks pass for the ' || ${a} || ' module'`,
    `'Alert fires in a game-day drill'`,
    `'Zero duplicate ' || ${a} || ' events for a week'`,
    `'SLO for ' || ${a} || ' is met this quarter'`,
    `'Rollback tested end to end'`,
    `'No open ' || ${a} || ' incidents older than ' || ${n} || ' days'`,
    `'A Grafana panel shows ' || ${c} || ' saturation'`,
    `'Load test at ' || ${n} || 'x traffic passes'`,
    `'Docs for the ' || ${c} || ' are reviewed by the owning team'`,
    `'Old ' || ${c} || ' removed from all environments'`,
    `${capital(a)} || ' data matches the source after the cutover'`,
    `'Security review signed off'`,
    `'No warnings in the ' || ${a} || ' build output'`,
    `'Median response under ' || ${n} || ' ms on the ' || ${a} || ' endpoint'`,
    `'Support tickets about ' || ${a} || ' drop by half'`,
    `'Canary runs for ' || ${n} || ' hours without regressions'`,
    `'Toggle removed after the rollout'`,
  ];
  const action = [
    `'Write a migration for the ' || ${a} || ' schema'`,
    `'Add retry with exponential backoff to the ' || ${c}`,
    `'Add a regression test for the ' || ${a} || ' ' || ${c}`,
    `'Update the ' || ${a} || ' runbook'`,
    `'Remove the deprecated ' || ${c} || ' code path'`,
    `'Add metrics and tracing to the ' || ${c}`,
    `'Review the design with the ' || ${a} || ' owners'`,
    `'Roll out gradually, one tenant at a time'`,
    `'Backfill ' || ${a} || ' data for the last ' || ${n} || ' days'`,
    `'Pin the ' || ${c} || ' dependency and upgrade it'`,
    `'Announce the change in the engineering channel'`,
    `'Delete the stale ' || ${a} || ' dashboards'`,
    `'Profile the ' || ${c} || ' with production-like data'`,
    `'Split the ' || ${c} || ' into smaller modules'`,
    `'Move ' || ${a} || ' secrets to the vault'`,
    `'Add an index for the slow ' || ${a} || ' query'`,
    `'Write the postmortem summary'`,
    `'Pair with support to verify the fix'`,
    `'Bump the timeout and document why'`,
    `'Clean up the ' || ${a} || ' TODOs'`,
  ];
  const file = [
    `'src/' || ${slugOf(a)} || '/' || ${slugOf(c)} || '.ts'`,
    `'services/' || ${slugOf(a)} || '/' || ${slugOf(c)} || '.py'`,
    `'tests/' || ${slugOf(a)} || '/test_' || ${slugOf(c)} || '.py'`,
    `'docs/runbooks/' || ${slugOf(a)} || '.md'`,
    `'db/migrations/' || lpad((${n} * 37)::text, 4, '0') || '_' || ${slugOf(a)} || '.sql'`,
    `'.github/workflows/' || ${slugOf(a)} || '-ci.yml'`,
    `'deploy/helm/' || ${slugOf(a)} || '/values.yaml'`,
    `'lib/' || ${slugOf(a)} || '/' || ${slugOf(c)} || '.test.ts'`,
    `'config/' || ${slugOf(a)} || '.toml'`,
    `'scripts/' || ${slugOf(a)} || '_reindex.sh'`,
  ];
  // Stepping by 7 (coprime with every list length) keeps an item's entries of one kind distinct.
  const choose = (xs: string[]) =>
    `(case (${h(k, "text")} % ${xs.length} + ${pos} * 7) % ${xs.length} ${xs.map((t, i) => `when ${i} then ${t}`).join(" ")} end)`;
  return `(case ${kind} when 'acceptance' then ${choose(acceptance)} when 'action' then ${choose(action)} else ${choose(file)} end)`;
}

function commentBody(k: string, a: string, c: string) {
  const n = num(k, "n", 2, 90);
  const bodies = [
    `'Reproduced in staging: the ' || ${a} || ' ' || ${c} || ' fails about one run in ' || ${n} || '.'`,
    `'Blocked on review from the ' || ${a} || ' owners; pinged them again.'`,
    `'Reverted the first attempt, it broke the ' || ${a} || ' pipeline.'`,
    `'Quarantined the flaky test for now; coverage unchanged.'`,
    `'Latency is back under budget after the cache fix (p95 ' || ${n} || ' ms).'`,
    `'Can we split this? The ' || ${c} || ' part is much smaller than the rest.'`,
    `'pyright now reports ' || ${n} || ' fewer errors in ' || ${a} || '.'`,
    `'Added the runbook link and a dashboard panel.'`,
    `'Moving this to next sprint, waiting on ' || ${a} || ' data.'`,
    `'Draft PR is up, feedback on the ' || ${c} || ' approach welcome.'`,
    `'Checked the logs: ' || ${n} || ' retries in the last 24 hours, all from the ' || ${c} || '.'`,
    `'Agreed with the lead to keep the old ' || ${c} || ' until the migration is done.'`,
  ];
  const opener = pick(COMMENT_OPENERS, h(k, "open"));
  return `(${opener} || ' ' || (case ${h(k, "body")} % ${bodies.length} ${bodies.map((t, i) => `when ${i} then ${t}`).join(" ")} end))`;
}

// ── Statements ───────────────────────────────────────────────────────────────────────────────

interface ChunkParams {
  seed: number;
  projectNo: number;
  projectId: string;
  from: number; // first item number in the project (1-based)
  to: number; // last item number
  base: string; // ISO timestamp every generated time is relative to
  assignees: string; // uuid[] literal
  authors: string; // uuid[] literal
}

/**
 * One statement: the items of one project range, and (data-modifying CTEs) their checklist entries
 * and comments. The statement-level trigger on checklist_items then fills checklist_text once.
 */
function chunkStatement(p: ChunkParams): SQL {
  const base = `${lit(p.base)}::timestamptz`;
  const ago = (minutes: string) => `(${base} - (${minutes}) * interval '1 minute')`;
  // Priority comes from the item number (its key depends on it); everything else from the key.
  const kNum = `(${lit(`${p.seed}:${p.projectNo}:`)} || j::text)`;
  const k = `(${lit(`${p.seed}:${p.projectNo}:`)} || key)`;
  const a = area("k"); // evaluated on the k column below
  const c = component("k");
  const hp = h(kNum, "priority");
  const ck = `(k || ':' || pos::text)`; // per checklist entry
  const mk = `(k || ':c' || n::text)`; // per comment

  const items = `
    select j, key, ${k} as k, pri from (
      select j, pri, coalesce(pri, 'T') || '-' || lpad(nr::text, greatest(3, length(nr::text)), '0') as key from (
        select j, pri, row_number() over (partition by pri order by j) as nr from (
          select j, case when ${hp} % 100 < 10 then null when ${hp} % 100 < 15 then 'P0' when ${hp} % 100 < 35 then 'P1'
                         when ${hp} % 100 < 75 then 'P2' else 'P3' end as pri
          from generate_series(1, ${p.to}) j
        ) a
      ) b
    ) c where j >= ${p.from}`;

  return sql.raw(`
with g as (
  select key, k, pri,
    case when ${h("k", "st")} % 100 < 45 then 'not_started' when ${h("k", "st")} % 100 < 65 then 'in_progress'
         when ${h("k", "st")} % 100 < 70 then 'blocked' when ${h("k", "st")} % 100 < 95 then 'done' else 'wont_do' end as st,
    60 + ${h("k", "age")} % 259140 as age -- minutes since creation: up to 180 days
  from (${items}) i
), t as (
  select g.*,
    case when pri is not null then age - age * (${h("k", "tri")} % 300) / 1000 end as tri_ago,
    case when st in ('in_progress', 'blocked', 'done') then age - age * (300 + ${h("k", "sta")} % 500) / 1000 end as sta_ago
  from g
), u as (
  select t.*,
    case when st = 'done' then sta_ago * (${h("k", "com")} % 1000) / 1000 end as com_ago
  from t
), ins as (
  insert into backlog_items (project_id, key, title, description, category_path, priority, status, blocked_reason, severity,
    effort_hours, impact, assignee_id, due_at, triaged_at, sla_started_at, started_at, completed_at, created_at, updated_at)
  select ${lit(p.projectId)}::uuid, key,
    ${pick(VERBS, h("k", "verb"))} || ' ' || ${a} || ' ' || ${c}
      || case when ${h("k", "q")} % 100 < 55 then ' ' || ${pick(QUALIFIERS, h("k", "qual"))} else '' end,
    ${descriptionSentence("k", a, c)} || case when ${h("k", "f")} % 100 < 70 then ' ' || ${pick(FOLLOW_UPS, h("k", "fu"))} else '' end,
    case when ${h("k", "sub")} % 100 < 50 then array[${pick(CATEGORIES, h("k", "cat"))}]
         else array[${pick(CATEGORIES, h("k", "cat"))}, ${pick(SUBCATEGORIES, h("k", "subc"))}] end,
    pri::priority, st::item_status,
    case when st = 'blocked' then ${pick(BLOCKERS, h("k", "blk"))} end,
    case when ${h("k", "sev")} % 100 < 60 then (${pick(SEVERITIES, h("k", "sevv"))})::severity end,
    case when ${h("k", "eff")} % 100 < 70 then (1 + ${h("k", "effv")} % 80)::double precision end,
    case when ${h("k", "imp")} % 100 < 50 then (1 + ${h("k", "impv")} % 5)::smallint end,
    case when ${h("k", "asg")} % 100 < 60 then ${p.assignees}[1 + ${h("k", "asgv")} % cardinality(${p.assignees})] end,
    case when pri is not null and st in ('not_started', 'in_progress', 'blocked') and ${h("k", "due")} % 100 < 70
         then greatest(${ago("age")} + interval '1 day', ${base} + ((${h("k", "duev")} % 2880) - 720) * interval '1 hour') end,
    ${ago("tri_ago")}, ${ago("tri_ago")}, ${ago("sta_ago")}, ${ago("com_ago")}, ${ago("age")},
    ${ago(`least(age, coalesce(tri_ago, age), coalesce(sta_ago, age), coalesce(com_ago, age)) * (${h("k", "upd")} % 1000) / 1000`)}
  from u
  returning id, key, status, assignee_id, created_at, updated_at
), items as (
  select ins.*, ${k} as k from ins
), cl as (
  insert into checklist_items (item_id, kind, text, done, position, done_at, done_by)
  select id, kind::checklist_kind, ${checklistText("k", ck, "pos", "kind", area("k"), component("k"))}, done, pos,
    case when done then updated_at end, case when done then assignee_id end
  from (
    select items.*, pos,
      case when ${h(ck, "kind")} % 100 < 45 then 'acceptance' when ${h(ck, "kind")} % 100 < 80 then 'action' else 'file' end as kind,
      case when status = 'done' then true when status = 'wont_do' then false else ${h(ck, "done")} % 100 < 20 end as done
    from items cross join lateral generate_series(0, ${h("k", "cln")} % 6 - 1) pos
  ) e
  returning 1
), cm as (
  insert into comments (item_id, author_id, body, created_at, updated_at)
  select id, ${p.authors}[1 + ${h(mk, "auth")} % cardinality(${p.authors})], ${commentBody(mk, area("k"), component("k"))}, at, at
  from (
    select items.*, n, created_at + (${base} - created_at) * ((n + (${h(mk, "at")} % 1000) / 1000.0) / cnt) as at
    from items
    cross join lateral (select case when ${h("k", "cmn")} % 100 < 62 then 0 when ${h("k", "cmn")} % 100 < 90 then 1
                                    when ${h("k", "cmn")} % 100 < 98 then 2 else 3 end as cnt) x
    cross join lateral generate_series(0, cnt - 1) n
  ) e
  returning 1
)
select (select count(*) from ins)::int as items, (select count(*) from cl)::int as checklist, (select count(*) from cm)::int as comments`);
}

async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

function assertCount(name: string, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got ${value})`);
}

/**
 * Generates `items` backlog items spread evenly over `projects` projects (slugs large-01…), with
 * checklists and comments. Refuses when a large data set already exists unless `reset` is set.
 * Needs the demo users (seedDemo) for assignees and comment authors.
 */
export async function seedLarge(db: Db, opts: SeedLargeOptions): Promise<SeedLargeResult> {
  const started = performance.now();
  const seed = opts.seed ?? 1;
  assertCount("items", opts.items, 1, 10_000_000);
  assertCount("projects", opts.projects, 1, 999);
  assertCount("seed", seed, 0, 2_147_483_647);

  const demo = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(inArray(users.email, DEMO_USERS.map((u) => u.email)))
    .orderBy(users.email);
  const assigneeIds = demo.filter((u) => u.role === "engineer" || u.role === "lead").map((u) => u.id);
  const authorIds = demo.filter((u) => u.role !== "viewer").map((u) => u.id);
  if (!assigneeIds.length) throw new Error("The large data set needs the demo users (engineer and lead); create them first (npm run db:seed).");

  const base = new Date().toISOString();
  const totals = await db.transaction(async (tx) => {
    const existing = await rows<{ slug: string }>(tx, sql`select slug from projects where slug ~ ${SLUG_PATTERN} order by slug`);
    if (existing.length && !opts.reset) {
      const slugs = existing.map((r) => r.slug);
      const shown = slugs.length > 3 ? `${slugs.slice(0, 3).join(", ")} … (${slugs.length} projects)` : slugs.join(", ");
      throw new Error(`A large data set already exists (${shown}); pass --reset (reset: true) to delete and regenerate it.`);
    }
    if (existing.length) await deleteLargeProjects(tx);
    // The planner overestimates the generate_series joins a thousandfold and would spend seconds
    // JIT-compiling every chunk (PostgreSQL with LLVM); PGlite has no JIT and accepts the setting.
    await tx.execute(sql`set local jit = off`);

    const totals = { projects: 0, items: 0, checklist: 0, comments: 0 };
    for (let pn = 1; pn <= opts.projects; pn++) {
      const [project] = await tx
        .insert(projects)
        .values({
          slug: largeProjectSlug(pn),
          name: largeProjectName(pn),
          description: "Generated benchmark data (npm run db:seed:large).",
        })
        .returning({ id: projects.id });
      totals.projects++;
      // Items are spread evenly; the first (items % projects) projects get one more.
      const count = Math.floor(opts.items / opts.projects) + (pn <= opts.items % opts.projects ? 1 : 0);
      for (let from = 1; from <= count; from += CHUNK) {
        const [r] = await rows<{ items: number; checklist: number; comments: number }>(
          tx,
          chunkStatement({
            seed,
            projectNo: pn,
            projectId: project!.id,
            from,
            to: Math.min(count, from + CHUNK - 1),
            base,
            assignees: uuidArray(assigneeIds),
            authors: uuidArray(authorIds),
          }),
        );
        totals.items += Number(r!.items);
        totals.checklist += Number(r!.checklist);
        totals.comments += Number(r!.comments);
      }
    }
    await appendAudit(tx, ACTOR, {
      action: "seed.large",
      entityType: "workspace",
      entityId: "large",
      after: { ...totals, seed, reset: !!opts.reset, replacedProjects: existing.length },
    });
    return totals;
  });

  // VACUUM as well as ANALYZE: the checklist trigger rewrote most items once, and PGlite has no
  // autovacuum to clear those dead rows or set the visibility map that index-only scans need.
  await db.execute(sql`vacuum (analyze) projects, backlog_items, checklist_items, comments`);
  return { ...totals, ms: Math.round(performance.now() - started) };
}

/**
 * Deletes the large-NN projects; the cascade removes their items, checklists and comments. (Deleting
 * the checklist entries first in one statement is 4x slower: its trigger would rewrite every item.)
 */
async function deleteLargeProjects(tx: Tx) {
  await tx.execute(sql`delete from projects where slug ~ ${SLUG_PATTERN}`);
}
