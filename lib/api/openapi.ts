import { z } from "zod";
import { TOKEN_SCOPES, POLICY, type TokenScope } from "@/lib/auth/policy";
import { HTTP_STATUS } from "@/lib/result";
import { webhookOperations } from "./openapi-webhooks";
import { API, type Endpoint } from "./catalog";
import { errorBody, itemBody } from "./responses";

// The OpenAPI 3.1 document, generated from the catalog's zod schemas: parameters and bodies from
// their input side (what a caller sends), responses from the output side of ./responses.ts (what
// a caller receives). Errors share one shape everywhere: { error: { code, message, field?, current? } }.
// contract.db.test.ts calls every operation and checks each answer against this document.

type Json = Record<string, unknown>;

/** Schemas used by many operations, written once under components.schemas. */
const NAMED = new Map<z.ZodType, string>([
  [errorBody, "Error"],
  [itemBody, "Item"],
]);

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return stripDatePatterns(out) as Json;
}

/** A response body's schema: a reference for the named ones. */
const responseSchema = (schema: z.ZodType): Json => (NAMED.has(schema) ? { $ref: `#/components/schemas/${NAMED.get(schema)}` } : jsonSchema(schema, "output"));
const content = (byType: Record<string, z.ZodType>): Json => Object.fromEntries(Object.entries(byType).map(([type, schema]) => [type, { schema: responseSchema(schema) }]));

/** zod writes a 300-character regex beside `format: date-time`; the format says it better. */
function stripDatePatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripDatePatterns);
  if (node && typeof node === "object") {
    const o = { ...(node as Json) };
    if (o.format === "date-time" || o.format === "uuid") delete o.pattern;
    for (const k of Object.keys(o)) o[k] = stripDatePatterns(o[k]);
    return o;
  }
  return node;
}

/** The token scopes that unlock an endpoint's action. */
export function scopesFor(e: Endpoint): TokenScope[] {
  return (Object.keys(TOKEN_SCOPES) as TokenScope[]).filter((s) => (TOKEN_SCOPES[s].actions as readonly string[]).includes(e.action));
}

export function whoMay(e: Endpoint): string {
  const need = POLICY[e.action];
  if (need === "public") return "Anyone, no sign-in.";
  const scopes = scopesFor(e);
  const role = `Signed-in ${need}s and above`;
  return scopes.length ? `${role}, or a token with ${scopes.map((s) => `\`${s}\``).join(" or ")}.` : `${role} (no token scope).`;
}

const ERRORS: { status: number; description: string }[] = [
  { status: HTTP_STATUS.unavailable, description: "The database is unreachable; see `Retry-After`" },
  { status: HTTP_STATUS.invalid, description: "Invalid input: `field` names what to fix" },
  { status: HTTP_STATUS.unauthenticated, description: "No session or token, or the token is unknown, expired or revoked" },
  { status: HTTP_STATUS.forbidden, description: "The role or the token's scopes do not allow this, or a session-cookie write came from another origin" },
  { status: HTTP_STATUS.not_found, description: "No such item, project, runbook or metric" },
  { status: HTTP_STATUS.conflict, description: "Someone else changed it first; `current` holds their values" },
  { status: HTTP_STATUS.too_large, description: "The body is larger than the endpoint accepts" },
  { status: HTTP_STATUS.unsupported_media_type, description: "Called with a session cookie, the body was not sent as `application/json`" },
  { status: HTTP_STATUS.rate_limited, description: "Too many calls with this token (or, for the event stream, too many streams open); see `Retry-After`" },
];

/** The version check's header: the ETag as read, strong or weak. */
const IF_MATCH = {
  name: "If-Match",
  in: "header",
  required: false,
  description: 'The version you read, as GET answered it in `ETag` (`"3"`, or weak `W/"3"`); or send a `version` field. One of the two is required.',
  schema: { type: "string", pattern: '^\\s*(W/)?"[0-9]+"\\s*$' },
};

function operation(key: string, e: Endpoint): Json {
  const hasParams = e.path.includes("{");
  const parameters: Json[] = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  if (e.versioned) parameters.push(IF_MATCH);
  if (e.input === "query" && e.schema instanceof z.ZodObject) {
    const shape = e.schema.shape as Record<string, z.ZodType>;
    const required = new Set((jsonSchema(e.schema).required as string[] | undefined) ?? []);
    for (const [name, field] of Object.entries(shape)) parameters.push({ name, in: "query", required: required.has(name), schema: jsonSchema(field) });
  }
  const signedIn = POLICY[e.action] !== "public";
  const applies: Record<number, boolean> = {
    // A path parameter is input too: one holding U+0000 is refused by name.
    400: e.input !== "none" || hasParams,
    401: signedIn,
    403: signedIn,
    404: hasParams,
    409: !!e.versioned,
    413: e.input === "json",
    415: e.input === "json",
    429: scopesFor(e).length > 0,
    // Who is asking is read from the database (the session row, the token): an outage is a 503.
    503: signedIn,
  };
  const errors = ERRORS.filter((x) => applies[x.status]);
  const success = e.success;
  const responses: Json = {
    [success.status]: {
      description: success.description,
      content: content(success.content ?? { [success.contentType ?? "application/json"]: success.schema ?? z.unknown() }),
      ...(success.headers ? { headers: Object.fromEntries(Object.entries(success.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }])) } : {}),
    },
  };
  for (const x of errors) responses[x.status] = { description: x.description, content: content({ "application/json": errorBody }) };
  for (const x of e.responses ?? []) responses[x.status] = { description: x.description, content: content(x.content ?? { "application/json": errorBody }) };
  return {
    operationId: key,
    summary: e.summary,
    description: [e.description, `**Who may call it:** ${whoMay(e)}`, e.maxBytes ? `Bodies up to ${(e.maxBytes / 1024 / 1024).toFixed(e.maxBytes < 1024 * 1024 ? 3 : 0)} MiB.` : ""].filter(Boolean).join("\n\n"),
    tags: e.tags,
    ...(parameters.length ? { parameters } : {}),
    ...(e.input === "json" && e.schema ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(e.schema), ...(e.examples ? { examples: e.examples } : {}) } } } } : {}),
    responses,
    security: POLICY[e.action] === "public" ? [] : scopesFor(e).length ? [{ bearer: scopesFor(e) }, { session: [] }] : [{ session: [] }],
  };
}

export function openApiDocument(serverUrl?: string): Json {
  const paths: Json = {};
  for (const [key, e] of Object.entries(API) as [string, Endpoint][]) {
    const item = (paths[e.path] ??= {}) as Json;
    item[e.method.toLowerCase()] = operation(key, e);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Health Backlog API",
      version: "1",
      description:
        "Post metric values from CI, read and write the backlog (create and edit items, change their status, comment), export plans and runbooks. Authenticate with `Authorization: Bearer hbk_…` (admins create tokens under Admin → API tokens) or a browser session. Errors are `{ error: { code, message, field?, current? } }`; a malformed parameter or field is a 400 naming it, on every endpoint. Item writes name the version they read (`If-Match`, or a `version` field); a stale one is a 409 with the current values.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token; its scopes decide what it may call" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "A signed-in browser session" },
      },
      schemas: Object.fromEntries([...NAMED].map(([schema, name]) => [name, jsonSchema(schema, "output")])),
    },
  };
}
