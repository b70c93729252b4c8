import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { HTTP_STATUS, type ActionError } from "@/lib/result";
import { getActor, type Actor } from "./actor";
import { register, runGuarded, wrappedFunctions } from "./guard";
import type { ActionName } from "./policy";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteInput = "none" | "json" | "query";

export interface RouteOptions<S extends z.ZodType> {
  input: RouteInput;
  schema?: S;
  /** Largest JSON body accepted, in bytes (default 1 MiB). */
  maxBytes?: number;
}

/** JSON errors for machines: `{ error: { code, message, field? } }` with the matching status. */
export function errorResponse(error: ActionError): Response {
  const field = error.fieldErrors ? Object.keys(error.fieldErrors)[0] : undefined;
  return Response.json(
    { error: { code: error.code, message: error.message, ...(field ? { field } : {}) } },
    { status: HTTP_STATUS[error.code] },
  );
}

async function readInput(request: Request, kind: RouteInput, maxBytes: number): Promise<unknown | ActionError> {
  if (kind === "none") return undefined;
  if (kind === "query") return Object.fromEntries(new URL(request.url).searchParams);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { code: "too_large", message: `Body larger than ${maxBytes} bytes.` };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { code: "too_large", message: `Body larger than ${maxBytes} bytes.` };
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return { code: "invalid", message: "Body is not valid JSON." };
  }
}

const isError = (v: unknown): v is ActionError =>
  typeof v === "object" && v !== null && "code" in v && "message" in v && Object.keys(v).length <= 3;

/**
 * The only way to make a route handler: same policy check, zod parse and error shape as actions.
 * The body may return a Response (status of its choosing) or data (sent as 200 JSON).
 */
export function defineRoute<S extends z.ZodType = z.ZodUndefined, T = unknown>(
  name: ActionName,
  options: RouteOptions<S>,
  run: (input: z.output<S>, ctx: { actor: Actor | null; request: Request; params: Record<string, string | string[]> }) => Promise<T | Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  const schema = (options.schema ?? z.undefined()) as S;
  // Registered for the policy test, which drives runGuarded with a stub body.
  register("route", { name, schema, run: async () => undefined });

  const handler = async (request: Request, context: RouteContext) => {
    const raw = await readInput(request, options.input, options.maxBytes ?? 1024 * 1024);
    if (isError(raw)) return errorResponse(raw);
    const params = (await context?.params) ?? {};
    const actor = await getActor();
    const result = await runGuarded(
      { name, schema, run: (input: z.output<S>, a: Actor | null) => run(input, { actor: a, request, params }) },
      actor,
      raw,
      unstable_rethrow,
    );
    if (!result.ok) return errorResponse(result.error);
    return result.data instanceof Response ? result.data : Response.json(result.data);
  };
  wrappedFunctions.add(handler);
  return handler;
}
