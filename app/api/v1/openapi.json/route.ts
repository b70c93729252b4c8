// GET /api/v1/openapi.json — the API's OpenAPI 3.1 description, generated from the handlers' schemas.
import { API } from "@/lib/api/catalog";
import { openApiDocument } from "@/lib/api/openapi";
import { defineRoute } from "@/lib/auth/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute(API.openapi.action, API.openapi, async (_input, { request }) =>
  Response.json(openApiDocument(new URL(request.url).origin), { headers: { "cache-control": "public, max-age=300" } }),
);
