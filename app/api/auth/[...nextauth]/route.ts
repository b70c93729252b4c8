// GET|POST /api/auth/* — Auth.js endpoints (session, csrf, callback); public by nature. Every
// destination a request carries (callbackUrl, redirectTo, the callback cookie) is made a same-site
// path first (lib/auth/auth-request.ts): Auth.js answers 500 to some hostile ones itself.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { withSafeDestinations } from "@/lib/auth/auth-request";
import { defineRoute } from "@/lib/auth/route";

export const GET = defineRoute("auth.endpoints", { input: "none" }, async (_input, { request }) =>
  handlers.GET(new NextRequest(await withSafeDestinations(request))),
);
export const POST = defineRoute("auth.endpoints", { input: "none" }, async (_input, { request }) =>
  handlers.POST(new NextRequest(await withSafeDestinations(request))),
);
