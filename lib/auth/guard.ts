import { z } from "zod";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { fieldSentence, labelFor } from "@/lib/validation/labels";
import { noNulAnywhere } from "@/lib/validation/text";
import { ActionFailure, type ActionError, type ActionResult } from "@/lib/result";
import { errorLine } from "./error-line";
import type { Caller } from "@/lib/domain/actors";
import { can, POLICY, refusalMessage, type ActionName } from "./policy";

// The framework-free core of the choke point, shared by server actions and route handlers:
// authenticate → check the policy → zod-parse → run. Unit-tested without Next.js.

/** A signed-in user, an API token (its scopes, not a role, decide what it may do), or anonymous. */
export type GuardActor = Caller | null;

export interface GuardedDefinition<S extends z.ZodType, T> {
  name: ActionName;
  schema: S;
  run: (input: z.output<S>, actor: GuardActor) => Promise<T>;
  /**
   * Who reads a refusal: a person at a form (the default: the field by its label,
   * lib/validation/labels.ts) or a program calling the API (the field by its JSON path, which the
   * caller wrote: "recordedAt: is in the future").
   */
  reader?: "person" | "program";
}

export function authorize(name: ActionName, actor: GuardActor): ActionError | null {
  if (can(actor, name)) return null;
  return actor
    ? { code: "forbidden", message: refusalMessage(actor, name) }
    : { code: "unauthenticated", message: "Sign in to continue." };
}

/** FormData → plain object (repeated keys become arrays), so one zod schema serves forms and JSON. */
export function normalizeInput(raw: unknown): unknown {
  if (typeof FormData !== "undefined" && raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith("$ACTION")) continue;
      const prev = out[key];
      out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    return out;
  }
  return raw;
}

/**
 * A refused input: per-field messages keyed by path (forms show each beside its field) and one
 * message for the whole, naming the first field in error in the reader's words.
 */
export function invalidInput(error: z.ZodError, schema?: z.ZodType, reader: "person" | "program" = "person"): ActionError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "input";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const [first] = error.issues;
  if (!first) return { code: "invalid", message: "Invalid input.", fieldErrors };
  const path = first.path.join(".");
  const message =
    reader === "program" ? (path ? `${path}: ${first.message}` : first.message) : fieldSentence(schema ? labelFor(schema, first.path) : undefined, first.message, first.path);
  return { code: "invalid", message, fieldErrors };
}

export async function runGuarded<S extends z.ZodType, T>(
  def: GuardedDefinition<S, T>,
  actor: GuardActor,
  raw: unknown,
  rethrow: (error: unknown) => void = () => {},
): Promise<ActionResult<T>> {
  const denied = authorize(def.name, actor);
  if (denied) return { ok: false, error: denied };
  const input = normalizeInput(raw);
  // No field of any action or route may carry U+0000 (it cannot be stored; lib/validation/text.ts).
  const nul = noNulAnywhere.safeParse(input);
  if (!nul.success) return { ok: false, error: invalidInput(nul.error, def.schema, def.reader) };
  const parsed = def.schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error, def.schema, def.reader) };
  try {
    return { ok: true, data: await def.run(parsed.data, actor) };
  } catch (error) {
    rethrow(error); // Next.js redirects and notFound() are throws that must pass through.
    if (error instanceof ActionFailure) return { ok: false, error: error.error };
    if (isDatabaseUnavailable(error)) return { ok: false, error: { code: "unavailable", message: "The database is unavailable; nothing was saved. Try again shortly." } };
    // A short line: the error object of a failed query holds the statement and its parameters.
    console.error(`[action ${def.name}] failed: ${errorLine(error)}`);
    return { ok: false, error: { code: "internal", message: "Something went wrong on our side; nothing was saved." } };
  }
}

/** Every definition built by defineAction/defineRoute, so the policy test can enumerate them. */
export const registry = new Map<ActionName, { kind: "action" | "route"; def: GuardedDefinition<z.ZodType, unknown> }>();
export const wrappedFunctions = new WeakSet<object>();

export function register(kind: "action" | "route", def: GuardedDefinition<z.ZodType, unknown>) {
  if (!(def.name in POLICY)) throw new Error(`No policy entry for ${def.name}`);
  registry.set(def.name, { kind, def });
}
