import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { preparedFor } from "@/db/prepared";
import { projects, users } from "@/db/schema";

// Choices for pickers (assignee, project) on the backlog, item and triage pages: small tables,
// read once per page (prepared: the same statements on every page view). Anyone who may change an
// item (engineer and up, not disabled) can own one.

const assignableUsers = preparedFor((db: Db) =>
  db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.disabled, false), inArray(users.role, ["engineer", "lead", "admin"])))
    .orderBy(asc(users.name), asc(users.email))
    .prepare("assignable_users"),
);

export function listAssignableUsers(db: Db) {
  return assignableUsers(db).execute();
}

/** Everyone who can be @mentioned (every active account, viewers too), by name: the comment box's suggestions. */
export function listMentionableNames(db: Db) {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.disabled, false)).orderBy(asc(users.name));
}

const projectOptions = preparedFor((db: Db) => db.select({ id: projects.id, slug: projects.slug, name: projects.name }).from(projects).orderBy(asc(projects.name)).prepare("project_options"));

export function listProjectOptions(db: Db) {
  return projectOptions(db).execute();
}

export type UserOption = Awaited<ReturnType<typeof listAssignableUsers>>[number];
export type ProjectOption = Awaited<ReturnType<typeof listProjectOptions>>[number];
