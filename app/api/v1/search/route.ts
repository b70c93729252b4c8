import { API } from "@/lib/api/catalog";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { quickSearch } from "@/lib/backlog/search-queries";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=… — the command palette's item and project lookup.
export const GET = defineRoute(API.search.action, API.search, async ({ q }) => quickSearch(await getDb(), q));
