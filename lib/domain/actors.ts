// Who does things: the workspace roles and the three kinds of actor. A signed-in user acts with
// their role; an API token acts with its scopes and is not a user (it has no user id to store in
// created_by columns); the system (demo seed, CLI import, a metric rule) acts by name. Each kind
// carries only its own fields, so code that needs a user id must first ask `kind === "user"` and
// the compiler finds every place that assumed one. Client-safe (no imports).

export const ROLES = ["viewer", "engineer", "lead", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The audit log's actor_type column (db/schema.ts builds its enum from this). */
export const ACTOR_KINDS = ["user", "token", "system"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A signed-in user; `timeZone` is the zone they chose to read times in (null: their browser's). */
export type UserActor = { kind: "user"; userId: string; email: string; name: string; role: Role; sessionId?: string; timeZone?: string | null };
export type TokenActor = { kind: "token"; tokenId: string; tokenName: string; prefix: string; scopes: readonly string[] };
export type SystemActor = { kind: "system"; name: string };

export type Actor = UserActor | TokenActor | SystemActor;
/** Who can send the app a request: the caller of a route (a user or a token) or an action (a user). */
export type Caller = UserActor | TokenActor;

export const systemActor = (name: string): SystemActor => ({ kind: "system", name });

/** The user to store in created_by/updated_by columns and to credit a live update to; null for tokens and the system. */
export const userIdOf = (actor: Actor | null | undefined): string | null => (actor?.kind === "user" ? actor.userId : null);

/** The audit log's actor_id: the user's or the token's id (actor_type says which); none for the system. */
export function actorIdOf(actor: Actor): string | null {
  switch (actor.kind) {
    case "user":
      return actor.userId;
    case "token":
      return actor.tokenId;
    case "system":
      return null;
  }
}

/** A stable label kept with the audit row, readable after the user or token is gone. */
export function actorLabelOf(actor: Actor): string {
  switch (actor.kind) {
    case "user":
      return actor.email;
    case "token":
      return `token:${actor.prefix}`;
    case "system":
      return `system:${actor.name}`;
  }
}

/** A user row (or its columns) acting as themselves: for seeds, scripts and tests, which have no session. */
export const userActor = (user: { id: string; email: string; name: string; role: Role }): UserActor => ({
  kind: "user",
  userId: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
});
