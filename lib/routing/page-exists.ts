import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { backlogItems, metrics, projects, runbookDrills, runbooks } from "@/db/schema";
import { webhookEndpoints } from "@/db/schema-webhooks";
import { PROJECT_SLUG } from "@/lib/projects/slug";
import { isRunbookSlug } from "@/lib/runbooks/slug";
import { hasNul } from "@/lib/validation/text";
import { matchPage, type DetailRoute, type ParamsOf } from "./page-manifest";

// Whether the record a detail URL names exists, asked by the app layout before the page streams:
// pages stream behind a loading state, and once streaming has begun a page's notFound() can only
// show the not-found view with status 200. Checked here first, a missing item, runbook, drill or
// metric or webhook answers a real 404 to a full page load (a bookmark, a shared link, curl). Lookups match
// the pages' own: exact, case-sensitive slugs and keys, and a slug the one validator refuses names
// nothing (lib/runbooks/slug.ts, lib/projects/slug.ts).

type Check<R extends DetailRoute> = (db: Db, params: Record<ParamsOf<R>, string>) => Promise<boolean>;

const isId = (id: string) => z.guid().safeParse(id).success;
const found = async (query: Promise<unknown[]>) => (await query).length > 0;

const runbookExists = (db: Db, { slug }: { slug: string }) =>
  isRunbookSlug(slug) ? found(db.select({ one: sql`1` }).from(runbooks).where(eq(runbooks.slug, slug)).limit(1)) : Promise.resolve(false);

const metricExists = (db: Db, { key }: { key: string }) => found(db.select({ one: sql`1` }).from(metrics).where(eq(metrics.key, key)).limit(1));

// One per manifest route with a bracket segment: a new detail page does not compile until it says
// how to find its record.
const CHECKS: { [R in DetailRoute]: Check<R> } = {
  "/backlog/[project]/[key]": (db, { project, key }) =>
    PROJECT_SLUG.test(project)
      ? found(
          db
            .select({ one: sql`1` })
            .from(backlogItems)
            .innerJoin(projects, eq(projects.id, backlogItems.projectId))
            .where(and(eq(projects.slug, project), eq(backlogItems.key, key)))
            .limit(1),
        )
      : Promise.resolve(false),
  "/runbooks/[slug]": runbookExists,
  "/runbooks/[slug]/edit": runbookExists,
  "/runbooks/[slug]/history": runbookExists,
  "/runbooks/[slug]/drills/[id]": (db, { slug, id }) =>
    isId(id) && isRunbookSlug(slug)
      ? found(
          db
            .select({ one: sql`1` })
            .from(runbookDrills)
            .innerJoin(runbooks, eq(runbooks.id, runbookDrills.runbookId))
            .where(and(eq(runbookDrills.id, id), eq(runbooks.slug, slug)))
            .limit(1),
        )
      : Promise.resolve(false),
  "/metrics/[key]": metricExists,
  "/metrics/[key]/edit": metricExists,
  "/admin/webhooks/[id]": (db, { id }) => (isId(id) ? found(db.select({ one: sql`1` }).from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).limit(1)) : Promise.resolve(false)),
};

/** False only for a detail URL whose record does not exist; true for every other path. */
export async function pageExists(db: Db, path: string): Promise<boolean> {
  const page = matchPage(path);
  if (!page || !Object.hasOwn(CHECKS, page.route)) return true;
  // No slug or key holds U+0000 (and PostgreSQL refuses it in a query): nothing to find.
  if (Object.values(page.params).some(hasNul)) return false;
  // Each check reads only its own route's params, which matchPage filled in.
  const check: Check<DetailRoute> = CHECKS[page.route as DetailRoute];
  return check(db, page.params as Record<ParamsOf<DetailRoute>, string>);
}
