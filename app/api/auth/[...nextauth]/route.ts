// GET|POST /api/auth/* — Auth.js endpoints (session, csrf, callback); public by nature.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { defineRoute } from "@/lib/auth/route";

export const GET = defineRoute("auth.endpoints", { input: "none" }, async (_input, { request }) =>
  handlers.GET(request as NextRequest),
);
export const POST = defineRoute("auth.endpoints", { input: "none" }, async (_input, { request }) =>
  handlers.POST(request as NextRequest),
);
