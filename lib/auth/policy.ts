// Who may do what: the one table every server action, route handler, page and nav entry consults.
// A new action without a row here does not compile, and the policy test (policy.test.ts) must
// list it too, so every change of who-may-do-what is a deliberate, reviewed change.

import { ROLES, type Caller, type Role } from "@/lib/domain/actors";

/** "public" = no sign-in needed; a role = that role or any higher one. */
export type Requirement = "public" | Role;

export const POLICY = {
  // Signing in and out; the Auth.js endpoints; the health probe.
  "auth.signIn": "public",
  "auth.signOut": "public",
  "auth.endpoints": "public",
  "health.read": "public",
  // The API's description (what a CI author reads before having a token).
  "api.docs": "public",

  // Pages (reading is open to every signed-in role; triage and import change data).
  "pages.dashboard": "viewer",
  "pages.backlog": "viewer",
  "pages.matrix": "viewer",
  "pages.runbooks": "viewer",
  "pages.metrics": "viewer",
  "pages.triage": "lead",
  "pages.import": "lead",
  "pages.admin": "admin",
  "pages.account": "viewer",
  "pages.inbox": "viewer",

  // One's own account: password, sessions (every signed-in role; never a token).
  "account.changePassword": "viewer",
  "account.revokeSession": "viewer",
  "account.signOutEverywhere": "viewer",
  "account.setTimeZone": "viewer",

  // Import and export of Markdown plans.
  "import.preview": "lead",
  "import.commit": "lead",
  "export.download": "viewer",
  // "Export this view": a backlog view across projects (the same read as items.read, as a file).
  "export.backlogView": "viewer",

  // Backlog items: everyone reads; engineers move work along; leads shape the backlog.
  "items.read": "viewer",
  "items.setStatus": "engineer",
  "items.tick": "engineer",
  "items.comment": "engineer",
  "items.create": "lead",
  "items.update": "lead",
  "items.delete": "lead",
  "items.bulkUpdate": "lead",
  "items.editChecklist": "lead",
  "items.link": "lead",
  // The SLA policy: everyone reads it on the matrix; leads change it.
  "sla.edit": "lead",
  "sla.settings": "lead",
  // Placing an item on the impact × effort chart sets its impact and effort (an item edit).
  "matrix.place": "lead",
  // Runbooks: everyone reads and exports them; engineers write and rehearse them; leads sign off reviews.
  "runbooks.export": "viewer",
  "runbooks.create": "engineer",
  "runbooks.edit": "engineer",
  "runbooks.drill": "engineer",
  "runbooks.review": "lead",
  // Health metrics: everyone reads them; engineers (and CI tokens) record values; leads define them
  // and tie acceptance criteria to them.
  "metrics.read": "viewer",
  "metrics.record": "engineer",
  "metrics.define": "lead",
  "metrics.linkCriterion": "lead",
  // Personal saved views, the command palette's search and the live-update stream.
  "views.manage": "viewer",
  // Which backlog columns one shows (one's own choice, stored on one's user row).
  "views.setColumns": "viewer",
  "search.read": "viewer",
  "events.subscribe": "viewer",
  // One's own inbox, watches and notification choices (never a token: they are a person's).
  "inbox.read": "viewer",
  "inbox.markRead": "viewer",
  "watch.manage": "viewer",
  "notifications.configure": "viewer",
  // The one-click unsubscribe link in an e-mail: no sign-in, the link's signature is the permission.
  "notifications.unsubscribe": "public",
  // GitHub's webhook deliveries: no sign-in, the delivery's HMAC signature is the permission.
  "integrations.github": "public",

  // Administration.
  "users.list": "admin",
  "users.create": "admin",
  "users.updateRole": "admin",
  "users.setDisabled": "admin",
  "users.resetPassword": "admin",
  "auditLog.read": "admin",
  "tokens.manage": "admin",
  "webhooks.manage": "admin",
} as const satisfies Record<string, Requirement>;

export type ActionName = keyof typeof POLICY;

/**
 * What an API token may do: each scope is a list of actions, nothing else. A token never acts with
 * its creator's role, so a leaked CI token that posts metric values cannot read the audit log.
 */
export const TOKEN_SCOPES = {
  "metrics:write": { label: "Post metric values", actions: ["metrics.record"] },
  "metrics:read": { label: "Read metrics and their values", actions: ["metrics.read"] },
  "items:read": { label: "Read backlog items and export them", actions: ["items.read", "export.download", "export.backlogView", "search.read"] },
  "runbooks:read": { label: "Export runbooks", actions: ["runbooks.export"] },
  // Writes for scripts and CI, through the same item writer as the pages (lib/backlog/service.ts).
  "items:write": { label: "Create items, edit their fields and change their status", actions: ["items.create", "items.update", "items.setStatus"] },
  "comments:write": { label: "Comment on items", actions: ["items.comment"] },
} as const satisfies Record<string, { label: string; actions: readonly ActionName[] }>;

export type TokenScope = keyof typeof TOKEN_SCOPES;
export const SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as TokenScope[];

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** The single decision: may this caller (null = anonymous) perform this action? A user's role decides, a token's scopes. */
export function can(actor: Caller | null | undefined, action: ActionName): boolean {
  const need: Requirement = POLICY[action];
  if (need === "public") return true;
  if (!actor) return false;
  if (actor.kind === "token") return actor.scopes.some((scope) => (TOKEN_SCOPES[scope as TokenScope]?.actions as readonly string[] | undefined)?.includes(action) ?? false);
  return roleRank(actor.role) >= roleRank(need);
}

/** The scopes that let a token perform `action` (empty: no token may; it needs a signed-in user). */
export function scopesAllowing(action: ActionName): TokenScope[] {
  return SCOPE_NAMES.filter((scope) => (TOKEN_SCOPES[scope].actions as readonly string[]).includes(action));
}

/**
 * Row-level rule beside the table: a comment may be edited or deleted by its author, or by a lead
 * or admin (moderation). The action itself (items.comment) is checked by the wrapper first.
 */
export function mayModerateComment(actor: Caller, authorId: string | null): boolean {
  if (actor.kind !== "user") return false;
  return (authorId !== null && actor.userId === authorId) || roleRank(actor.role) >= roleRank("lead");
}

const ROLE_WORDS: Record<Role, string> = { viewer: "viewers", engineer: "engineers", lead: "leads", admin: "admins" };

/**
 * Why `actor` may not perform `action`, in the caller's own terms: a token has scopes, not a role,
 * so it is told which scope it lacks; a user is told which role it takes.
 */
export function refusalMessage(actor: Caller, action: ActionName): string {
  const need = POLICY[action];
  if (actor.kind === "token") {
    const scopes = scopesAllowing(action);
    if (!scopes.length) return "API tokens cannot do this; it needs a signed-in user.";
    const names = scopes.map((s) => `the ${s} scope`).join(" or ");
    return `This token lacks ${names}; an admin can create a token that has it (Administration → API tokens).`;
  }
  if (need === "public") return "This is not allowed.";
  const from = ROLES.slice(roleRank(need)).map((r) => ROLE_WORDS[r]);
  const who = from.length === 1 ? `${from[0]}` : `${from.slice(0, -1).join(", ")} and ${from.at(-1)}`;
  return `Only ${who} can do this; your role is ${actor.role}. Ask an admin if you need it.`;
}
