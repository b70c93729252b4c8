import { API } from "@/lib/api/catalog";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { can } from "@/lib/auth/policy";
import { paletteSearch } from "@/lib/screens/palette-search";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=… — the command palette's lookup. The policy admits the caller (search.read);
// each kind beyond items and projects is searched only if the caller may also read it.
export const GET = defineRoute(API.search.action, API.search, async ({ q }, { actor }) =>
  paletteSearch(await getDb(), q, {
    runbooks: can(actor, "runbooks.export"),
    metrics: can(actor, "metrics.read"),
    viewsOf: actor?.kind === "user" && can(actor, "views.manage") ? actor.userId : null,
  }),
);
