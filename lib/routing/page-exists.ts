import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { backlogItems, metrics, projects, runbookDrills, runbooks } from "@/db/schema";
import { PROJECT_SLUG } from "@/lib/projects/slug";
import { isRunbookSlug } from "@/lib/runbooks/slug";
import { hasNul } from "@/lib/validation/text";

// Whether the record a detail URL names exists, asked by the app layout before the page streams:
// pages stream behind a loading state, and once streaming has begun a page's notFound() can only
// show the not-found view with status 200. Checked here first, a missing item, runbook, drill or
// metric answers a real 404 to a full page load (a bookmark, a shared link, curl). Lookups match
// the pages' own: exact, case-sensitive slugs and keys, and a slug the one validator refuses names
// nothing (lib/runbooks/slug.ts, lib/projects/slug.ts).

type Check = (db: Db, parts: string[]) => Promise<boolean>;

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const isId = (id: string) => z.guid().safeParse(id).success;
const found = async (query: Promise<unknown[]>) => (await query).length > 0;

const runbookExists: Check = (db, [slug]) =>
  isRunbookSlug(slug!) ? found(db.select({ one: sql`1` }).from(runbooks).where(eq(runbooks.slug, slug!)).limit(1)) : Promise.resolve(false);

const ROUTES: [RegExp, Check][] = [
  [
    /^\/backlog\/([^/]+)\/([^/]+)$/,
    (db, [project, key]) =>
      PROJECT_SLUG.test(project!)
        ? found(
            db
              .select({ one: sql`1` })
              .from(backlogItems)
              .innerJoin(projects, eq(projects.id, backlogItems.projectId))
              .where(and(eq(projects.slug, project!), eq(backlogItems.key, key!)))
              .limit(1),
          )
        : Promise.resolve(false),
  ],
  [/^\/runbooks\/(?!new$)([^/]+)(?:\/edit|\/history)?$/, runbookExists],
  [
    /^\/runbooks\/([^/]+)\/drills\/([^/]+)$/,
    (db, [slug, id]) =>
      isId(id!) && isRunbookSlug(slug!)
        ? found(
            db
              .select({ one: sql`1` })
              .from(runbookDrills)
              .innerJoin(runbooks, eq(runbooks.id, runbookDrills.runbookId))
              .where(and(eq(runbookDrills.id, id!), eq(runbooks.slug, slug!)))
              .limit(1),
          )
        : Promise.resolve(false),
  ],
  [/^\/metrics\/(?!new$)([^/]+)(?:\/edit)?$/, (db, [key]) => found(db.select({ one: sql`1` }).from(metrics).where(eq(metrics.key, key!)).limit(1))],
];

/** False only for a detail URL whose record does not exist; true for every other path. */
export async function pageExists(db: Db, path: string): Promise<boolean> {
  const bare = path.split(/[?#]/)[0]!.replace(/\/+$/, "");
  for (const [pattern, check] of ROUTES) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const parts = match.slice(1).map(decode);
    // No slug or key holds U+0000 (and PostgreSQL refuses it in a query): nothing to find.
    return parts.some(hasNul) ? false : check(db, parts);
  }
  return true;
}
