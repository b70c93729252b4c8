import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { apiSecurityHeaders, withHeaders } from "@/lib/http/security-headers";
import { clientFromHeaders } from "@/lib/net/client";
import { findNul, NUL_MESSAGE } from "@/lib/validation/text";
import { hitRateLimit } from "@/lib/rate-limit";
import { HTTP_STATUS, type ActionError } from "@/lib/result";
import { authenticateToken } from "./api-token";
import type { Caller } from "@/lib/domain/actors";
import { getActor } from "./actor";
import { refuseCookieRequest } from "./cookie-request";
import { authorize, register, runGuarded, wrappedFunctions } from "./guard";
import type { ActionName } from "./policy";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteInput = "none" | "json" | "query";

export interface RouteOptions<S extends z.ZodType> {
  input: RouteInput;
  schema?: S;
  /** Largest JSON body accepted, in bytes (default 1 MiB). */
  maxBytes?: number;
}

/** Calls one API token may make per minute (shared by every app instance through PostgreSQL). */
export const TOKEN_RATE_LIMIT_PER_MINUTE = 600;

/** JSON errors for machines: `{ error: { code, message, field? } }` with the matching status. */
export function errorResponse(error: ActionError, headers?: HeadersInit): Response {
  const field = error.fieldErrors ? Object.keys(error.fieldErrors)[0] : undefined;
  return Response.json(
    // A conflict carries the values saved first, so a script can merge and retry without another read.
    { error: { code: error.code, message: error.message, ...(field ? { field } : {}), ...(error.code === "conflict" && error.current !== undefined ? { current: error.current } : {}) } },
    { status: HTTP_STATUS[error.code], headers },
  );
}

/**
 * The caller: a bearer token when the request carries one (a bad token is refused outright, never
 * downgraded to the session), otherwise the signed-in user, otherwise anonymous.
 */
async function routeActor(request: Request): Promise<{ actor: Caller | null } | { response: Response }> {
  const header = request.headers.get("authorization");
  if (!header) return { actor: await getActor() };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { response: errorResponse({ code: "unauthenticated", message: "Authorization must be `Bearer <token>`." }, { "WWW-Authenticate": "Bearer" }) };
  const db = await getDb();
  const result = await authenticateToken(db, match[1]!);
  if ("error" in result) return { response: errorResponse(result.error, { "WWW-Authenticate": 'Bearer error="invalid_token"' }) };
  const limit = await hitRateLimit(db, `token:${result.actor.tokenId}`, TOKEN_RATE_LIMIT_PER_MINUTE, 60);
  if (!limit.allowed) {
    return {
      response: errorResponse(
        { code: "rate_limited", message: `More than ${TOKEN_RATE_LIMIT_PER_MINUTE} calls a minute with this token; retry in ${limit.retryAfterSeconds} s.` },
        { "Retry-After": String(limit.retryAfterSeconds) },
      ),
    };
  }
  return { actor: result.actor };
}

/** A query's refusal names the parameter as the caller wrote it (`status`, not the parsed list's `status.0`). */
function byParameter(error: ActionError): ActionError {
  if (!error.fieldErrors) return error;
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(error.fieldErrors)) (fieldErrors[path.split(".")[0]!] ??= []).push(...messages);
  return { ...error, fieldErrors };
}

type Input = { ok: true; value: unknown } | { ok: false; error: ActionError };

/** The body's bytes, at most `maxBytes`: a body without a Content-Length (chunked) is cut off, not read whole. */
async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The caller's input, or why it cannot be read; tagged, so a body that looks like an error is still input. */
async function readInput(request: Request, kind: RouteInput, maxBytes: number): Promise<Input> {
  if (kind === "none") return { ok: true, value: undefined };
  if (kind === "query") return { ok: true, value: Object.fromEntries(new URL(request.url).searchParams) };
  const tooLarge: Input = { ok: false, error: { code: "too_large", message: `Body larger than ${maxBytes} bytes.` } };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge;
  const text = await readCapped(request, maxBytes);
  if (text === null) return tooLarge;
  try {
    return { ok: true, value: text === "" ? undefined : JSON.parse(text) };
  } catch {
    return { ok: false, error: { code: "invalid", message: "Body is not valid JSON." } };
  }
}

/**
 * The only way to make a route handler: same policy check, zod parse and error shape as actions.
 * The body may return a Response (status of its choosing) or data (sent as 200 JSON).
 */
export function defineRoute<S extends z.ZodType = z.ZodUndefined, T = unknown>(
  name: ActionName,
  options: RouteOptions<S>,
  run: (input: z.output<S>, ctx: { actor: Caller | null; request: Request; params: Record<string, string | string[]> }) => Promise<T | Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  const schema = (options.schema ?? z.undefined()) as S;
  // Registered for the policy test, which drives runGuarded with a stub body.
  register("route", { name, schema, run: async () => undefined });

  const handler = async (request: Request, context: RouteContext) => {
    // Who is asking comes first: an anonymous or unauthorised caller learns nothing from the body's checks.
    let caller: Awaited<ReturnType<typeof routeActor>>;
    try {
      caller = await routeActor(request);
    } catch (error) {
      // Reading the session or token needs the database: an outage is a JSON 503, as /api/health says.
      if (!isDatabaseUnavailable(error)) throw error;
      console.error(`[route ${name}] database unavailable:`, error instanceof Error ? error.message : error);
      return errorResponse({ code: "unavailable", message: "The database is unavailable; try again shortly." }, { "Retry-After": "5" });
    }
    if ("response" in caller) return caller.response;
    const { actor } = caller;
    const denied = authorize(name, actor);
    if (denied) return errorResponse(denied);
    // A signed-in browser's cookie rides along on any request: writes must come from this app.
    if (actor?.kind === "user") {
      const refused = refuseCookieRequest(request, options.input === "json");
      if (refused) return errorResponse(refused);
    }
    const input = await readInput(request, options.input, options.maxBytes ?? 1024 * 1024);
    if (!input.ok) return errorResponse(input.error);
    const raw = input.value;
    const params = (await context?.params) ?? {};
    const nulParam = findNul(params);
    if (nulParam) {
      const field = nulParam.join(".");
      return errorResponse({ code: "invalid", message: `${field}: ${NUL_MESSAGE}`, fieldErrors: { [field]: [NUL_MESSAGE] } });
    }
    const result = await runGuarded(
      { name, schema, reader: "program", run: (input: z.output<S>, a: Caller | null) => run(input, { actor: a, request, params }) },
      actor,
      raw,
      unstable_rethrow,
    );
    if (!result.ok) return errorResponse(options.input === "query" ? byParameter(result.error) : result.error);
    return result.data instanceof Response ? result.data : Response.json(result.data);
  };
  // Every answer, errors and the body's own Responses included, carries the API security headers.
  const secured = async (request: Request, context: RouteContext) =>
    withHeaders(await handler(request, context), apiSecurityHeaders({ https: clientFromHeaders(request.headers).protocol === "https" }));
  wrappedFunctions.add(secured);
  return secured;
}
