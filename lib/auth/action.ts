import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/unavailable";
import type { ActionResult } from "@/lib/result";
import type { UserActor } from "@/lib/domain/actors";
import { getActor } from "./actor";
import { register, runGuarded, wrappedFunctions, type GuardActor } from "./guard";
import type { ActionName, POLICY } from "./policy";

/** Server actions come from a signed-in browser: public ones may run anonymously, every other body always gets a user. */
export type ActorFor<N extends ActionName> = (typeof POLICY)[N] extends "public" ? UserActor | null : UserActor;

/**
 * The only way to make a server action: the permission is a required argument, checked against
 * the policy table before the input is parsed and long before the body runs.
 *
 *   export const createUserAction = defineAction("users.create", createUserSchema, async (input, actor) => …)
 */
export function defineAction<N extends ActionName, S extends z.ZodType, T>(
  name: N,
  schema: S,
  run: (input: z.output<S>, actor: ActorFor<N>) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  // runGuarded refuses anonymous callers of non-public actions before the body, so the cast holds.
  const def = { name, schema, run: (input: z.output<S>, actor: GuardActor) => run(input, actor as ActorFor<N>) };
  register("action", def as never);
  const action = async (raw: z.input<S> | FormData): Promise<ActionResult<T>> => {
    let actor;
    try {
      actor = await getActor();
    } catch (error) {
      // Checking the session needs the database: an outage is "try again", not a 500 without a word.
      if (!isDatabaseUnavailable(error)) throw error;
      return { ok: false, error: { code: "unavailable", message: "The database is unavailable; nothing was saved. Try again shortly." } };
    }
    return runGuarded(def, actor, raw, unstable_rethrow);
  };
  wrappedFunctions.add(action);
  return action;
}
