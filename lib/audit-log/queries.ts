import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { getDb, type Db } from "@/db";
import { apiTokens, auditLog, backlogItems, imports, metrics, projects, runbooks, users } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import type { ActorKind, Caller } from "@/lib/domain/actors";
import { idsNamedBy, isUuid, refKindOf, type RefKind } from "@/lib/domain/audit-refs";
import { readAuditRecord, type AuditRecord } from "@/lib/domain/audit-record";
import type { AuditQuery } from "./filters";

// The admin audit log: a page of rows, newest first, with every id they name resolved to a name
// and a link in one query per kind of thing (never one per row), so the page says "Lee Lead changed
// the assignee of P0-006 'Add tracing'", not ids. Things deleted since are named by the label
// their delete row kept.

export const AUDIT_PAGE_SIZE = 50;

/** A thing by name, with its page (null when it has none any more). Same shape as lib/screens/audit-text.ts's Thing. */
export type NamedThing = { label: string; href: string | null; context?: string };
export type AuditNames = { users: Record<string, string>; projects: Record<string, string>; things: Record<RefKind, Record<string, NamedThing>> };

export type AuditEntry = { id: number; at: string; actor: { kind: ActorKind; name: string }; entityType: string; entityId: string; record: AuditRecord };

/** Rows whose entity is `thing`: an item by key (also a deleted one, by the key its row kept), a runbook, metric, project, person or token by name. */
function thingCondition(thing: string): SQL {
  const t = thing.toLowerCase();
  const of = (type: string, ids: SQL) => and(eq(auditLog.entityType, type), sql`${auditLog.entityId} in (${ids})`)!;
  return or(
    of("item", sql`select ${backlogItems.id}::text from ${backlogItems} where lower(${backlogItems.key}) = ${t}`),
    and(eq(auditLog.entityType, "item"), sql`lower(${auditLog.before}->>'key') = ${t}`),
    of("runbook", sql`select ${runbooks.id}::text from ${runbooks} where lower(${runbooks.slug}) = ${t} or lower(${runbooks.title}) = ${t}`),
    of("metric", sql`select ${metrics.id}::text from ${metrics} where lower(${metrics.key}) = ${t} or lower(${metrics.name}) = ${t}`),
    of("project", sql`select ${projects.id}::text from ${projects} where lower(${projects.slug}) = ${t} or lower(${projects.name}) = ${t}`),
    of("import", sql`select ${imports.id}::text from ${imports} join ${projects} on ${projects.id} = ${imports.projectId} where lower(${projects.slug}) = ${t} or lower(${imports.fileName}) = ${t}`),
    of("user", sql`select ${users.id}::text from ${users} where ${users.email} = ${t} or lower(${users.name}) = ${t}`),
    of("api_token", sql`select ${apiTokens.id}::text from ${apiTokens} where lower(${apiTokens.name}) = ${t}`),
  )!;
}

function conditions(query: AuditQuery): SQL[] {
  const where: SQL[] = [];
  if (query.actor) {
    where.push(eq(auditLog.actorType, query.actor.kind));
    if (query.actor.id) where.push(eq(auditLog.actorId, query.actor.id));
  }
  if (query.kind) where.push(query.kind.includes(".") ? eq(auditLog.action, query.kind as never) : eq(auditLog.entityType, query.kind));
  if (query.since) where.push(gte(auditLog.at, query.since));
  if (query.until) where.push(lt(auditLog.at, query.until));
  if (query.thing) where.push(thingCondition(query.thing));
  if (query.before) where.push(lt(auditLog.id, query.before));
  return where;
}

const ids = (set: Set<string> | undefined) => [...(set ?? [])];

/** Every id the rows name, by kind, looked up at once: one query per kind that has any. */
export async function namesFor(db: Db, rows: { entityType: string; entityId: string; record: AuditRecord }[]): Promise<AuditNames> {
  const wanted = new Map<RefKind, Set<string>>();
  const want = (kind: RefKind, id: string) => {
    if (!isUuid(id)) return;
    if (!wanted.has(kind)) wanted.set(kind, new Set());
    wanted.get(kind)!.add(id);
  };
  for (const row of rows) {
    const own = refKindOf(row.entityType);
    if (own) want(own, row.entityId);
    for (const [kind, id] of idsNamedBy(row.record)) want(kind, id);
  }
  const none = Promise.resolve([]);
  const [itemRows, userRows, projectRows, runbookRows, metricRows, tokenRows, importRows] = await Promise.all([
    wanted.has("item")
      ? db
          .select({ id: backlogItems.id, key: backlogItems.key, title: backlogItems.title, slug: projects.slug, project: projects.name })
          .from(backlogItems)
          .innerJoin(projects, eq(projects.id, backlogItems.projectId))
          .where(inArray(backlogItems.id, ids(wanted.get("item"))))
      : none,
    wanted.has("user") ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids(wanted.get("user")))) : none,
    wanted.has("project") ? db.select({ id: projects.id, slug: projects.slug, name: projects.name }).from(projects).where(inArray(projects.id, ids(wanted.get("project")))) : none,
    wanted.has("runbook") ? db.select({ id: runbooks.id, slug: runbooks.slug, title: runbooks.title }).from(runbooks).where(inArray(runbooks.id, ids(wanted.get("runbook")))) : none,
    wanted.has("metric") ? db.select({ id: metrics.id, key: metrics.key }).from(metrics).where(inArray(metrics.id, ids(wanted.get("metric")))) : none,
    wanted.has("api_token") ? db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, ids(wanted.get("api_token")))) : none,
    wanted.has("import")
      ? db
          .select({ id: imports.id, slug: projects.slug, name: projects.name })
          .from(imports)
          .innerJoin(projects, eq(projects.id, imports.projectId))
          .where(inArray(imports.id, ids(wanted.get("import"))))
      : none,
  ]);
  const projectHref = (slug: string) => `/backlog?project=${encodeURIComponent(slug)}`;
  const things: AuditNames["things"] = { item: {}, project: {}, runbook: {}, metric: {}, user: {}, api_token: {}, import: {}, sla_policy: {} };
  for (const r of itemRows) things.item[r.id] = { label: `${r.key} '${r.title.length > 60 ? `${r.title.slice(0, 59)}…` : r.title}'`, href: `/backlog/${encodeURIComponent(r.slug)}/${encodeURIComponent(r.key)}`, context: r.project };
  for (const r of userRows) things.user[r.id] = { label: r.name, href: "/admin/users" };
  for (const r of projectRows) things.project[r.id] = { label: r.name, href: projectHref(r.slug) };
  for (const r of runbookRows) things.runbook[r.id] = { label: r.title, href: `/runbooks/${encodeURIComponent(r.slug)}` };
  for (const r of metricRows) things.metric[r.id] = { label: r.key, href: `/metrics/${encodeURIComponent(r.key)}` };
  for (const r of tokenRows) things.api_token[r.id] = { label: `'${r.name}'`, href: "/admin/tokens" };
  for (const r of importRows) things.import[r.id] = { label: r.name, href: projectHref(r.slug) };

  // Items and metrics deleted since: the label their delete row kept, not linked (one query for both).
  const gone = [...ids(wanted.get("item")).filter((id) => !things.item[id]), ...ids(wanted.get("metric")).filter((id) => !things.metric[id])];
  if (gone.length) {
    const deleted = await db
      .select({ entityType: auditLog.entityType, entityId: auditLog.entityId, key: sql<string | null>`${auditLog.before}->>'key'`, title: sql<string | null>`${auditLog.before}->>'title'` })
      .from(auditLog)
      .where(and(inArray(auditLog.action, ["item.delete", "metric.delete"]), inArray(auditLog.entityId, gone)));
    for (const r of deleted) {
      if (!r.key) continue;
      if (r.entityType === "item") things.item[r.entityId] = { label: `${r.key}${r.title ? ` '${r.title.length > 60 ? `${r.title.slice(0, 59)}…` : r.title}'` : ""}`, href: null, context: "deleted" };
      else if (r.entityType === "metric") things.metric[r.entityId] = { label: r.key, href: null, context: "deleted" };
    }
  }
  return {
    users: Object.fromEntries(userRows.map((r) => [r.id, r.name])),
    projects: Object.fromEntries(projectRows.map((r) => [r.id, r.name])),
    things,
  };
}

/** A page of the log, newest first (keyset-paginated by id), with the names its rows need; admins only. */
export async function listAuditEntries(actor: Caller, query: AuditQuery, db?: Db) {
  if (!can(actor, "auditLog.read")) forbidden();
  db ??= await getDb();
  const where = conditions(query);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorType: auditLog.actorType,
      // A user by their name, a token by its name; the account or token may have been deleted
      // since, and the label recorded at the time still says who.
      // The system by its task only for GitHub (lib/integrations), whose changes a reader asks about.
      actorName: sql<string>`case when ${auditLog.actorLabel} = 'system:github' then 'GitHub' when ${auditLog.actorType} = 'system' then 'System' else coalesce(${users.name}, 'API token ''' || ${apiTokens.name} || '''', ${auditLog.actorLabel}) end`,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(auditLog.actorType, "user"), eq(users.id, auditLog.actorId)))
    .leftJoin(apiTokens, and(eq(auditLog.actorType, "token"), eq(apiTokens.id, auditLog.actorId)))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const entries: AuditEntry[] = page.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: { kind: r.actorType, name: r.actorName },
    entityType: r.entityType,
    entityId: r.entityId,
    record: readAuditRecord(r),
  }));
  return { entries, names: await namesFor(db, entries), nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null };
}

/** Whom the "Who" filter offers: every user (disabled ones too: their rows stay) and every token. */
export async function listAuditActors(db?: Db) {
  db ??= await getDb();
  const [people, tokens] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)),
    db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).orderBy(asc(apiTokens.name)),
  ]);
  return { people, tokens };
}
