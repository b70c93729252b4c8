import { describe, expect, it, vi } from "vitest";
import { authorize, registry, runGuarded, wrappedFunctions, type GuardActor } from "./guard";
import { ROLES, type Role } from "@/lib/domain/actors";
import { POLICY, SCOPE_NAMES, TOKEN_SCOPES, type ActionName, type TokenScope } from "./policy";

// Every module that may define server actions or route handlers. Importing them registers each
// defineAction/defineRoute with the guard's registry.
const modules = import.meta.glob(["/lib/**/actions.ts", "/app/**/route.ts"], { eager: true }) as Record<string, Record<string, unknown>>;

type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", ...ROLES];

// The expected outcome, written out independently of POLICY: who may call what. Changing who may
// do something means changing this table too, on purpose.
const EXPECTED: Record<ActionName, Caller[]> = {
  "auth.signIn": CALLERS,
  "auth.signOut": CALLERS,
  "auth.endpoints": CALLERS,
  "health.read": CALLERS,
  "api.docs": CALLERS,
  "pages.dashboard": ["viewer", "engineer", "lead", "admin"],
  "pages.backlog": ["viewer", "engineer", "lead", "admin"],
  "pages.matrix": ["viewer", "engineer", "lead", "admin"],
  "pages.runbooks": ["viewer", "engineer", "lead", "admin"],
  "pages.metrics": ["viewer", "engineer", "lead", "admin"],
  "pages.triage": ["lead", "admin"],
  "pages.import": ["lead", "admin"],
  "pages.admin": ["admin"],
  "pages.account": ["viewer", "engineer", "lead", "admin"],
  "pages.inbox": ["viewer", "engineer", "lead", "admin"],
  "account.changePassword": ["viewer", "engineer", "lead", "admin"],
  "account.revokeSession": ["viewer", "engineer", "lead", "admin"],
  "account.signOutEverywhere": ["viewer", "engineer", "lead", "admin"],
  "account.setTimeZone": ["viewer", "engineer", "lead", "admin"],
  "import.preview": ["lead", "admin"],
  "import.commit": ["lead", "admin"],
  "export.download": ["viewer", "engineer", "lead", "admin"],
  "export.backlogView": ["viewer", "engineer", "lead", "admin"],
  "items.read": ["viewer", "engineer", "lead", "admin"],
  "items.setStatus": ["engineer", "lead", "admin"],
  "items.tick": ["engineer", "lead", "admin"],
  "items.comment": ["engineer", "lead", "admin"],
  "items.create": ["lead", "admin"],
  "items.update": ["lead", "admin"],
  "items.delete": ["lead", "admin"],
  "items.bulkUpdate": ["lead", "admin"],
  "items.editChecklist": ["lead", "admin"],
  "items.link": ["lead", "admin"],
  "sla.edit": ["lead", "admin"],
  "sla.settings": ["lead", "admin"],
  "matrix.place": ["lead", "admin"],
  "runbooks.export": ["viewer", "engineer", "lead", "admin"],
  "runbooks.create": ["engineer", "lead", "admin"],
  "runbooks.edit": ["engineer", "lead", "admin"],
  "runbooks.drill": ["engineer", "lead", "admin"],
  "runbooks.review": ["lead", "admin"],
  "metrics.read": ["viewer", "engineer", "lead", "admin"],
  "metrics.record": ["engineer", "lead", "admin"],
  "metrics.define": ["lead", "admin"],
  "metrics.linkCriterion": ["lead", "admin"],
  "views.manage": ["viewer", "engineer", "lead", "admin"],
  "views.setColumns": ["viewer", "engineer", "lead", "admin"],
  "search.read": ["viewer", "engineer", "lead", "admin"],
  "events.subscribe": ["viewer", "engineer", "lead", "admin"],
  "inbox.read": ["viewer", "engineer", "lead", "admin"],
  "inbox.markRead": ["viewer", "engineer", "lead", "admin"],
  "watch.manage": ["viewer", "engineer", "lead", "admin"],
  "notifications.configure": ["viewer", "engineer", "lead", "admin"],
  "notifications.unsubscribe": CALLERS,
  "integrations.github": CALLERS,
  "users.list": ["admin"],
  "users.create": ["admin"],
  "users.updateRole": ["admin"],
  "users.setDisabled": ["admin"],
  "users.resetPassword": ["admin"],
  "auditLog.read": ["admin"],
  "tokens.manage": ["admin"],
  "webhooks.manage": ["admin"],
};

// What each API token scope unlocks, written out independently of TOKEN_SCOPES.
const EXPECTED_SCOPES: Record<TokenScope, ActionName[]> = {
  "metrics:write": ["metrics.record"],
  "metrics:read": ["metrics.read"],
  "items:read": ["items.read", "export.download", "export.backlogView", "search.read"],
  "runbooks:read": ["runbooks.export"],
  "items:write": ["items.create", "items.update", "items.setStatus"],
  "comments:write": ["items.comment"],
};

const actorFor = (caller: Caller): GuardActor =>
  caller === "anonymous" ? null : { kind: "user", userId: "00000000-0000-4000-8000-000000000000", email: `${caller}@test`, name: caller, role: caller };

describe("authorization policy", () => {
  it("has an expectation for every policy entry and a policy entry for every expectation", () => {
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("found the action and route modules", () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(4);
    expect(registry.size).toBeGreaterThanOrEqual(7);
  });

  it("every export of an action or route module goes through the wrapper", () => {
    const unwrapped: string[] = [];
    for (const [file, mod] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function") continue; // route segment config such as `dynamic`
        if (!wrappedFunctions.has(value)) unwrapped.push(`${file}#${name}`);
      }
    }
    expect(unwrapped).toEqual([]);
  });

  it("every registered action has a policy entry", () => {
    const missing = [...registry.keys()].filter((name) => !(name in EXPECTED));
    expect(missing).toEqual([]);
  });

  describe.each(Object.keys(EXPECTED) as ActionName[])("%s", (name) => {
    it.each(CALLERS)("authorize() for %s matches the expected table", (caller) => {
      const allowed = EXPECTED[name].includes(caller);
      const denial = authorize(name, actorFor(caller));
      expect(denial === null).toBe(allowed);
      if (!allowed) expect(denial?.code).toBe(caller === "anonymous" ? "unauthenticated" : "forbidden");
    });
  });

  describe("API tokens", () => {
    const tokenActor = (scopes: string[]): GuardActor => ({ kind: "token", tokenId: "00000000-0000-4000-8000-000000000001", tokenName: "ci", prefix: "hbk_ci", scopes });

    it("lists every scope", () => {
      expect(SCOPE_NAMES.sort()).toEqual(Object.keys(EXPECTED_SCOPES).sort());
      for (const scope of SCOPE_NAMES) expect([...TOKEN_SCOPES[scope].actions].sort()).toEqual([...EXPECTED_SCOPES[scope]].sort());
    });

    it.each(Object.keys(EXPECTED) as ActionName[])("%s: a token may call it only through a scope that lists it (never by its creator's role)", (name) => {
      for (const scope of SCOPE_NAMES) {
        const allowed = POLICY[name] === "public" || EXPECTED_SCOPES[scope].includes(name);
        expect(authorize(name, tokenActor([scope])) === null, `${scope} → ${name}`).toBe(allowed);
      }
      // A token with no scopes, or only unknown ones, may call nothing that needs sign-in.
      expect(authorize(name, tokenActor([])) === null).toBe(POLICY[name] === "public");
      expect(authorize(name, tokenActor(["admin:everything"])) === null).toBe(POLICY[name] === "public");
    });

    it("a refused token is told the scope it lacks, not a role", () => {
      expect(authorize("metrics.record", tokenActor(["items:read"]))?.message).toBe(
        "This token lacks the metrics:write scope; an admin can create a token that has it (Administration → API tokens).",
      );
      expect(authorize("auditLog.read", tokenActor(["items:read"]))?.message).toBe("API tokens cannot do this; it needs a signed-in user.");
      for (const name of Object.keys(EXPECTED) as ActionName[]) expect(authorize(name, tokenActor([]))?.message ?? "").not.toMatch(/role/);
    });
  });

  it("a refused user is told which roles may", () => {
    expect(authorize("metrics.define", actorFor("engineer"))?.message).toBe("Only leads and admins can do this; your role is engineer. Ask an admin if you need it.");
    expect(authorize("metrics.record", actorFor("viewer"))?.message).toMatch(/^Only engineers, leads and admins can do this; your role is viewer/);
  });

  describe.each([...registry.keys()])("registered %s", (name) => {
    it.each(CALLERS)("as %s: refused before parsing, or allowed past the check", async (caller) => {
      const entry = registry.get(name)!;
      const body = vi.fn(async () => "ran");
      const result = await runGuarded({ ...entry.def, run: body }, actorFor(caller), { surely: "not valid input" });
      const allowed = EXPECTED[name].includes(caller);
      if (allowed) {
        if (!result.ok) expect(["unauthenticated", "forbidden"]).not.toContain(result.error.code);
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: caller === "anonymous" ? "unauthenticated" : "forbidden" } });
        expect(body).not.toHaveBeenCalled();
      }
    });
  });
});
