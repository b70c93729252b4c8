import { z } from "zod";
import { TOKEN_SCOPES, POLICY, type TokenScope } from "@/lib/auth/policy";
import { HTTP_STATUS } from "@/lib/result";
import { webhookOperations } from "./openapi-webhooks";
import { API, type Endpoint } from "./catalog";

// The OpenAPI 3.1 document, generated from the catalog's zod schemas (their input side: what a
// caller sends). Errors share one shape everywhere: { error: { code, message, field? } }.

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): Json {
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return stripDatePatterns(out) as Json;
}

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
  { status: HTTP_STATUS.invalid, description: "Invalid input: `field` names what to fix" },
  { status: HTTP_STATUS.unauthenticated, description: "No session or token, or the token is unknown, expired or revoked" },
  { status: HTTP_STATUS.forbidden, description: "The role or the token's scopes do not allow this, or a session-cookie write came from another origin" },
  { status: HTTP_STATUS.not_found, description: "No such item, project, runbook or metric" },
  { status: HTTP_STATUS.conflict, description: "Someone else changed it first; `current` holds their values" },
  { status: HTTP_STATUS.too_large, description: "The body is larger than the endpoint accepts" },
  { status: HTTP_STATUS.unsupported_media_type, description: "Called with a session cookie, the body was not sent as `application/json`" },
  { status: HTTP_STATUS.rate_limited, description: "Too many calls with this token (or, for the event stream, too many streams open); see `Retry-After`" },
];

function operation(key: string, e: Endpoint): Json {
  const parameters: Json[] = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  if (e.input === "query" && e.schema instanceof z.ZodObject) {
    const shape = e.schema.shape as Record<string, z.ZodType>;
    const required = new Set((jsonSchema(e.schema).required as string[] | undefined) ?? []);
    for (const [name, field] of Object.entries(shape)) parameters.push({ name, in: "query", required: required.has(name), schema: jsonSchema(field) });
  }
  const applies: Record<number, boolean> = {
    400: e.input !== "none",
    401: POLICY[e.action] !== "public",
    403: POLICY[e.action] !== "public",
    404: e.path.includes("{"),
    409: !!e.versioned,
    413: e.input === "json",
    415: e.input === "json",
    429: scopesFor(e).length > 0,
  };
  const errors = ERRORS.filter((x) => applies[x.status]);
  const responses: Json = {
    [e.success.status]: { description: e.success.description, ...(e.success.contentType ? { content: { [e.success.contentType]: {} } } : { content: { "application/json": {} } }) },
  };
  for (const x of errors) responses[x.status] = { description: x.description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  return {
    operationId: key,
    summary: e.summary,
    description: [e.description, `**Who may call it:** ${whoMay(e)}`, e.maxBytes ? `Bodies up to ${(e.maxBytes / 1024 / 1024).toFixed(e.maxBytes < 1024 * 1024 ? 3 : 0)} MiB.` : ""].filter(Boolean).join("\n\n"),
    tags: e.tags,
    ...(parameters.length ? { parameters } : {}),
    ...(e.input === "json" && e.schema ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(e.schema) } } } } : {}),
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
        "Post metric values from CI, read the backlog, export plans and runbooks. Authenticate with `Authorization: Bearer hbk_…` (admins create tokens under Admin → API tokens) or a browser session. Errors are `{ error: { code, message, field? } }`.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token; its scopes decide what it may call" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "A signed-in browser session" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: Object.keys(HTTP_STATUS) },
                message: { type: "string" },
                field: { type: "string", description: "The input field at fault, e.g. `points.17.value`" },
              },
            },
          },
        },
      },
    },
  };
}
