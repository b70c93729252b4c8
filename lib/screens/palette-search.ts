import "server-only";
import type { Db } from "@/db";
import { searchViews } from "@/lib/backlog/saved-view-queries";
import { quickSearch } from "@/lib/backlog/search-queries";
import { searchMetrics } from "@/lib/metrics/queries";
import { searchRunbookTitles } from "@/lib/runbooks/queries";

// The command palette's lookup (GET /api/v1/search): items and projects, runbooks, metrics and the
// caller's saved backlog views — areas the backlog cannot import, hence here. Each kind is read only
// for a caller who may read it (the flags), so the answer never holds what the caller could not open.

/** What the caller may find: runbooks and metrics by their read permission; views are a user's own. */
export type PaletteSearchPermissions = { runbooks: boolean; metrics: boolean; viewsOf: string | null };

const none = Promise.resolve([]);

export async function paletteSearch(db: Db, q: string, may: PaletteSearchPermissions) {
  const text = q.trim().slice(0, 100);
  if (!text) return { items: [], projects: [], runbooks: [], metrics: [], views: [] };
  const [found, runbooks, metrics, views] = await Promise.all([
    quickSearch(db, text),
    may.runbooks ? searchRunbookTitles(db, text) : none,
    may.metrics ? searchMetrics(db, text) : none,
    may.viewsOf ? searchViews(db, may.viewsOf, text) : none,
  ]);
  return { ...found, runbooks, metrics, views };
}

export type PaletteSearchResult = Awaited<ReturnType<typeof paletteSearch>>;
