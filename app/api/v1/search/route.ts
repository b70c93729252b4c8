import { z } from "zod";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { quickSearch } from "@/lib/backlog/search";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=… — the command palette's item and project lookup.
export const GET = defineRoute(
  "search.read",
  { input: "query", schema: z.object({ q: z.string().max(1000, "q: at most 1,000 characters").default("") }) },
  async ({ q }) => quickSearch(await getDb(), q),
);
