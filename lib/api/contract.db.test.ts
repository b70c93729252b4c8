import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbHandleForTests } from "@/db";
import { metrics, projects, rateLimits, users } from "@/db/schema";
import { SCOPE_NAMES } from "@/lib/auth/policy";
import { createItem } from "@/lib/backlog/service";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { claimStream, MAX_STREAMS_PER_CALLER } from "@/lib/live/stream-limit";
import { unsubscribeUrl } from "@/lib/mail/unsubscribe";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { createRunbook } from "@/lib/runbooks/service";
import { createTokenSchema } from "@/lib/tokens/schemas";
import { createToken } from "@/lib/tokens/service";
import { createTestDb } from "@/test/db";
import { API, type Endpoint } from "./catalog";
import { openApiDocument, scopesFor } from "./openapi";

// The API's contract, checked against the code: every operation of /api/v1/openapi.json is called
// through its real route handler for its success and for every error it documents, and each answer
// (status, media type, body) must match the document, validated with Ajv (OpenAPI 3.1 is JSON
// Schema 2020-12). An operation or a documented status without a case here fails, and so does an
// answer the document does not describe: the document cannot drift from the handlers.

// Who is signed in, for the operations a browser session calls; `outage` makes reading the session fail as a database outage does.
const session: { actor: UserActor | null; outage: boolean } = { actor: null, outage: false };
vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => {
    if (session.outage) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    return session.actor;
  },
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, has: () => false }), headers: async () => new Headers() }));

type Doc = {
  paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const modules = import.meta.glob(["/app/api/**/route.ts", "!/app/api/auth/**"], { eager: true }) as Record<string, Record<string, Handler>>;
const handlers = new Map<string, Handler>();
for (const [file, mod] of Object.entries(modules)) {
  const path = file.replace(/^\/app/, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
  for (const [method, fn] of Object.entries(mod)) if (typeof fn === "function") handlers.set(`${method} ${path}`, fn);
}

const doc = openApiDocument("http://localhost") as unknown as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, "openapi");
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** One call: who asks, and what. `auth`: a token with every scope, a session (the admin), or nobody. */
type Call = { auth?: "token" | "session" | "none"; token?: string; query?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string>; env?: Record<string, string | undefined> };
/** An operation's cases: its success (one call per media type it may answer in) and each error it documents. */
type Cases = { params?: Record<string, string>; success: Call[]; invalid?: Call[]; stale?: () => Promise<Call>; byStatus?: Partial<Record<number, Call[]>> };

let t: Awaited<ReturnType<typeof createTestDb>>;
let admin: UserActor;
let allScopes = "";
let exhausted = "";
let exhaustedId = "";

/** Spends this minute's allowance of the `exhausted` token (lib/auth/route.ts), so its next call is a 429. */
async function exhaust() {
  // Not in the minute's last second: the call must land in the window written here.
  if (Date.now() % 60_000 > 59_000) await new Promise((r) => setTimeout(r, 1_100));
  const windowStart = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  await t.db
    .insert(rateLimits)
    .values({ key: `token:${exhaustedId}`, windowStart, count: 1_000_000 })
    .onConflictDoUpdate({ target: rateLimits.key, set: { windowStart, count: 1_000_000 } });
}
let projectId = "";
const tokenLacking = new Map<string, string>();

/** A signed unsubscribe link, and one whose signature was changed (well-formed, but not ours). */
const signedLink = () => new URL(unsubscribeUrl("http://localhost", admin.userId, "digest")).search.slice(1);
const forgedLink = () => signedLink().replace(/t=(.)/, (_, c: string) => `t=${c === "A" ? "B" : "A"}`);

/** A GitHub delivery signed with the test secret (lib/integrations/github-signature.ts), or not signed at all. */
const GITHUB_SECRET = "contract-github-secret-0123456789";
const readFixture = (name: string) => readFileSync(`test/fixtures/github/${name}.json`, "utf8");
function github(event: string, body: string, options: { signed?: boolean; contentType?: string } = {}): Call {
  const headers: Record<string, string> = { "x-github-event": event, "x-github-delivery": randomUUID(), "content-type": options.contentType ?? "application/json" };
  if (options.signed !== false) headers["x-hub-signature-256"] = `sha256=${createHmac("sha256", GITHUB_SECRET).update(body).digest("hex")}`;
  return { auth: "none", rawBody: body, headers };
}

const freshItem = async () => createItem(t.db, admin, { title: "Contract", projectId, status: "not_started" });

const CASES: Record<keyof typeof API, () => Promise<Cases>> = {
  health: async () => ({ success: [{ auth: "none" }] }),
  openapi: async () => ({ success: [{ auth: "none" }] }),
  listItems: async () => ({ success: [{ query: "status=not_started,in_progress&size=25" }], invalid: [{ query: "status=bogus" }] }),
  setItemStatus: async () => {
    const item = await freshItem();
    return {
      params: { id: item.id },
      success: [{ body: { status: "in_progress" }, headers: { "if-match": `"${item.version}"` } }],
      invalid: [{ body: { status: "blocked", version: 1 } }],
      stale: async () => ({ params: { id: (await freshItem()).id }, body: { status: "done", version: 7 } }),
    };
  },
  search: async () => ({ success: [{ query: "q=contract" }], invalid: [{ query: `q=${"x".repeat(1001)}` }] }),
  exportView: async () => ({
    success: [{ query: "format=md" }, { query: "format=csv" }, { query: "format=json&tz=Europe/Berlin" }],
    invalid: [{ query: "format=xml" }],
  }),
  exportProject: async () => ({ params: { slug: "contract" }, success: [{ query: "format=md" }, { query: "format=csv" }, { query: "format=json" }], invalid: [{ query: "sort=bogus" }] }),
  inbox: async () => ({ success: [{ auth: "session", query: "limit=5" }], invalid: [{ auth: "session", query: "limit=many" }, { auth: "session", query: "before=yesterday" }] }),
  unsubscribePage: async () => ({
    success: [{ auth: "none", query: signedLink() }],
    invalid: [
      { auth: "none", query: forgedLink() },
      { auth: "none", query: "u=someone&k=nothing" },
    ],
  }),
  unsubscribe: async () => ({
    success: [{ auth: "none", query: signedLink() }],
    invalid: [
      { auth: "none", query: forgedLink() },
      { auth: "none", query: "u=someone&k=nothing" },
    ],
  }),
  events: async () => ({ success: [{ auth: "session" }] }),
  runbookMarkdown: async () => ({ params: { slug: "api-outage" }, success: [{}] }),
  postPoints: async () => ({ params: { key: "p99" }, success: [{ body: { value: 42, note: "build 1" } }], invalid: [{ body: { value: 1, points: [{ value: 2 }] } }] }),
  getPoints: async () => ({ params: { key: "p99" }, success: [{ query: "range=30d" }], invalid: [{ query: "range=bogus" }] }),
  getItem: async () => ({ params: { id: (await freshItem()).id }, success: [{}] }),
  createItem: async () => ({ success: [{ body: { project: "contract", title: "From a script", priority: "P2" } }], invalid: [{ body: { project: "contract" } }] }),
  updateItem: async () => {
    const item = await freshItem();
    return {
      params: { id: item.id },
      success: [{ body: { title: "Renamed", impact: 3 }, headers: { "if-match": `W/"${item.version}"` } }],
      invalid: [{ body: { title: "No version" } }],
      stale: async () => ({ params: { id: (await freshItem()).id }, body: { title: "Late" }, headers: { "if-match": '"9"' } }),
    };
  },
  addComment: async () => ({ params: { id: (await freshItem()).id }, success: [{ body: { body: "Checked by the contract test" } }], invalid: [{ body: { body: "" } }] }),
  githubWebhook: async () => {
    const push = readFixture("push");
    return {
      success: [github("ping", readFixture("ping")), github("push", push)],
      byStatus: {
        202: [github("issues", "{}")],
        400: [github("not an event!", "{}"), github("push", "{not json")],
        401: [github("push", push, { signed: false })],
        404: [{ ...github("push", push), env: { GITHUB_WEBHOOK_SECRET: undefined } }],
        415: [github("push", push, { contentType: "text/plain" })],
      },
    };
  },
};

function request(e: Endpoint, call: Call, params: Record<string, string>): Request {
  const path = e.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const headers: Record<string, string> = { ...call.headers };
  const auth = call.auth ?? (scopesFor(e).length ? "token" : "session");
  if (auth === "token") headers.authorization = `Bearer ${call.token ?? allScopes}`;
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  if (body !== undefined) {
    headers["content-type"] ??= "application/json";
    // A browser's same-origin write (lib/auth/cookie-request.ts); tokens ignore it.
    headers["sec-fetch-site"] ??= "same-origin";
  }
  return new Request(`http://localhost${path}${call.query ? `?${call.query}` : ""}`, { method: e.method, headers, ...(body === undefined ? {} : { body }) });
}

type Answer = { status: number; mediaType: string; body: unknown };

async function send(e: Endpoint, call: Call, params: Record<string, string>): Promise<Answer> {
  const handler = handlers.get(`${e.method} ${e.path}`);
  if (!handler) throw new Error(`No route handler for ${e.method} ${e.path}`);
  const previous = session.actor;
  const savedEnv = call.env ? Object.fromEntries(Object.keys(call.env).map((k) => [k, process.env[k]])) : null;
  if (call.env) {
    for (const [k, v] of Object.entries(call.env)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    resetEnvForTests();
  }
  const auth = call.auth ?? (scopesFor(e).length ? "token" : "session");
  session.actor = auth === "session" ? admin : null;
  const controller = new AbortController();
  const req = request(e, call, params);
  try {
    const response = await handler(new Request(req, { signal: controller.signal }), { params: Promise.resolve({ ...params, ...call.params }) });
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    let body: unknown;
    if (mediaType === "text/event-stream") {
      // A stream never ends by itself: its first bytes are its body here.
      const reader = response.body!.getReader();
      body = new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      await reader.cancel();
    } else {
      const text = await response.text();
      body = mediaType === "application/json" ? JSON.parse(text) : text;
    }
    return { status: response.status, mediaType, body };
  } finally {
    session.actor = previous;
    if (savedEnv) {
      for (const [k, v] of Object.entries(savedEnv)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
      resetEnvForTests();
    }
  }
}

/** The answer must be one the document describes, in that media type, with a body its schema admits. */
function expectDocumented(e: Endpoint, answer: Answer) {
  const op = doc.paths[e.path]![e.method.toLowerCase()]!;
  const response = op.responses[String(answer.status)];
  expect(response, `${op.operationId} answered ${answer.status}, which the document does not list: ${JSON.stringify(answer.body).slice(0, 300)}`).toBeDefined();
  expect(Object.keys(response!.content ?? {}), `${op.operationId} ${answer.status} media type`).toContain(answer.mediaType);
  const validate = ajv.getSchema(`openapi#/${pointer("paths", e.path, e.method.toLowerCase(), "responses", String(answer.status), "content", answer.mediaType, "schema")}`)!;
  expect(validate(answer.body) ? [] : validate.errors, `${op.operationId} ${answer.status} ${answer.mediaType} body`).toEqual([]);
}

beforeAll(async () => {
  process.env.AUTH_SECRET = "c".repeat(40);
  process.env.GITHUB_WEBHOOK_SECRET = GITHUB_SECRET;
  resetEnvForTests();
  t = await createTestDb();
  setDbHandleForTests(t);
  const [row] = await t.db.insert(users).values({ email: "root@test", name: "Root", role: "admin", passwordHash: "x" }).returning();
  admin = userActor({ id: row!.id, email: row!.email, name: row!.name, role: "admin" });
  const token = async (scopes: string[]) => (await createToken(t.db, admin, createTokenSchema.parse({ name: scopes.join("+") || "none", scopes, expiresInDays: "" })));
  allScopes = (await token(SCOPE_NAMES)).secret;
  const spent = await token(SCOPE_NAMES);
  exhausted = spent.secret;
  exhaustedId = spent.id;
  for (const scope of SCOPE_NAMES) tokenLacking.set(scope, (await token(SCOPE_NAMES.filter((s) => s !== scope))).secret);
  const [p] = await t.db.insert(projects).values({ slug: "contract", name: "Contract" }).returning();
  projectId = p!.id;
  await t.db.insert(metrics).values({ key: "p99", name: "p99", direction: "lower_is_better" });
  await createRunbook(t.db, admin, createRunbookSchema.parse({ title: "API outage", body: "# Steps\n\n1. Look", note: "" }));
});
afterAll(async () => {
  setDbHandleForTests(undefined);
  await t.drop();
  delete process.env.AUTH_SECRET;
  delete process.env.GITHUB_WEBHOOK_SECRET;
  resetEnvForTests();
});

const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

describe("the OpenAPI document against the route handlers", () => {
  it("has cases for every documented operation, and documents every catalog entry", () => {
    expect(operations.map((o) => o.op.operationId).sort()).toEqual(Object.keys(API).sort());
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(API).sort());
  });

  it("gives every answer of every operation a body schema (a catalog entry without one documents nothing)", () => {
    const bare = operations.flatMap(({ op }) =>
      Object.entries(op.responses).flatMap(([status, r]) =>
        Object.entries((r.content ?? {}) as Record<string, { schema?: Record<string, unknown> }>)
          .filter(([, media]) => !media.schema || Object.keys(media.schema).length === 0)
          .map(([type]) => `${op.operationId} ${status} ${type}`),
      ),
    );
    expect(bare).toEqual([]);
  });

  describe.each(operations)("$method $path", ({ op }) => {
    const e = API[op.operationId as keyof typeof API] as Endpoint;
    const statuses = Object.keys(op.responses).map(Number);
    const scoped = scopesFor(e).length > 0;

    it.each(statuses)("answers %i as documented", async (status) => {
      const cases = await CASES[op.operationId as keyof typeof API]();
      const params = cases.params ?? {};
      const ok = cases.success[0]!;
      const calls: Call[] = [];
      const own = cases.byStatus?.[status];
      if (own) calls.push(...own);
      else switch (status) {
        case e.success.status:
          calls.push(...cases.success);
          // Each media type the operation documents for its success is answered by one of the calls.
          break;
        case 400:
          // Bad input; and for a path parameter, one holding U+0000 (refused by name before any lookup).
          calls.push(...(cases.invalid ?? []));
          if (e.path.includes("{")) calls.push({ ...ok, params: Object.fromEntries(Object.keys(params).map((k) => [k, "bad\u0000"])) });
          break;
        case 401:
          calls.push({ ...ok, auth: "none" });
          break;
        case 403:
          // A token that has every scope but the ones this needs (or, for a session-only endpoint, any token).
          calls.push({ ...ok, auth: "token", token: scoped ? tokenLacking.get(scopesFor(e)[0]!)! : allScopes });
          break;
        case 404:
          calls.push({ ...ok, params: Object.fromEntries(Object.keys(params).map((k) => [k, k === "id" ? "00000000-0000-4000-8000-00000000dead" : "no-such-thing"])) });
          break;
        case 409:
          calls.push(await cases.stale!());
          break;
        case 413:
          calls.push({ ...ok, rawBody: JSON.stringify({ padding: "x".repeat(e.maxBytes ?? 1024 * 1024) }) });
          break;
        case 415:
          calls.push({ ...ok, auth: "session", headers: { ...ok.headers, "content-type": "text/plain" } });
          break;
        case 429:
          if (scoped) calls.push({ ...ok, auth: "token", token: exhausted });
          break;
        case 503:
          break;
        default:
          throw new Error(`${op.operationId}: no way to provoke a documented ${status}`);
      }
      const answers: Answer[] = [];
      if (status === 429 && scoped) await exhaust();
      for (const call of calls) answers.push(await send(e, call, params));
      if (status === 429 && !scoped) {
        // The event stream's own limit: this user already has as many streams open as allowed.
        const releases = Array.from({ length: MAX_STREAMS_PER_CALLER }, () => claimStream(admin.userId)!);
        try {
          answers.push(await send(e, ok, params));
        } finally {
          for (const release of releases) release();
        }
      }
      if (status === 503) {
        if (e.path === "/api/health") {
          // The probe's own query fails: the handle answers nothing.
          setDbHandleForTests({ ...t, db: { execute: () => Promise.reject(new Error("down")) } as never });
          try {
            answers.push(await send(e, ok, params));
          } finally {
            setDbHandleForTests(t);
          }
        } else {
          session.outage = true;
          try {
            answers.push(await send(e, { ...ok, auth: "session" }, params));
          } finally {
            session.outage = false;
          }
        }
      }
      expect(answers.length, `${op.operationId}: no case provokes ${status}`).toBeGreaterThan(0);
      for (const answer of answers) {
        expect(answer.status, `${op.operationId}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status);
        expectDocumented(e, answer);
      }
      // Every media type documented for this status was seen.
      expect([...new Set(answers.map((a) => a.mediaType))].sort()).toEqual(Object.keys(op.responses[String(status)]!.content ?? {}).sort());
    });
  });
});
