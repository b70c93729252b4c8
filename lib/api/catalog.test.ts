import { describe, expect, it } from "vitest";
import { API, type Endpoint } from "./catalog";
import { openApiDocument } from "./openapi";

// Route files, by the path Next serves them at. Importing them also proves they load.
const modules = import.meta.glob(["/app/api/**/route.ts", "!/app/api/auth/**"], { eager: true }) as Record<string, Record<string, unknown>>;
const served = Object.entries(modules).flatMap(([file, mod]) => {
  const path = file.replace(/^\/app/, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
  return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function").map((m) => `${m} ${path}`);
});
const documented = (Object.values(API) as Endpoint[]).map((e) => `${e.method} ${e.path}`);

describe("the API catalog", () => {
  it("gives the write endpoints examples, each one a body the endpoint's own schema accepts", () => {
    const withExamples = (Object.entries(API) as [string, Endpoint][]).filter(([, e]) => e.examples);
    expect(withExamples.map(([key]) => key).sort()).toEqual(["addComment", "createItem", "postPoints", "setItemStatus", "updateItem"]);
    for (const [key, e] of withExamples)
      for (const [name, example] of Object.entries(e.examples!)) {
        const parsed = e.schema!.safeParse(example.value);
        expect(parsed.success, `${key}.${name}: ${parsed.error?.message}`).toBe(true);
      }
    const doc = openApiDocument() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { examples?: Record<string, unknown> }> } }>> };
    expect(Object.keys(doc.paths["/api/v1/items"]!.post!.requestBody!.content["application/json"]!.examples!)).toEqual(["minimal", "triaged"]);
  });

  it("documents every route handler, and every documented endpoint exists", () => {
    expect(served.length).toBeGreaterThanOrEqual(9);
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it("generates an OpenAPI document from the handlers' own schemas", () => {
    const doc = openApiDocument("https://hb.example") as { paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { name: string; in: string }[]; security: unknown[]; responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set((Object.values(API) as Endpoint[]).map((e) => e.path))].sort());
    const post = doc.paths["/api/v1/metrics/{key}/points"]!.post!;
    const body = JSON.stringify(post.requestBody);
    expect(body).toContain('"points"');
    expect(body).toContain('"maxItems":10000');
    expect(body).toContain('"format":"date-time"');
    expect(post.parameters).toEqual([expect.objectContaining({ name: "key", in: "path" })]);
    expect(post.security).toEqual([{ bearer: ["metrics:write"] }, { session: [] }]);
    expect(Object.keys(post.responses).sort()).toEqual(["201", "400", "401", "403", "404", "413", "415", "429", "503"]);
    const get = doc.paths["/api/v1/metrics/{key}/points"]!.get!;
    expect(get.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(["path:key", "query:range"]);
    expect(doc.paths["/api/health"]!.get!.security).toEqual([]);
    expect(Object.keys(doc.paths["/api/health"]!.get!.responses)).toEqual(["200", "503"]);
    expect(Object.keys(doc.paths["/api/v1/items/{id}/status"]!.post!.responses)).toContain("409");
  });

  it("says what the handlers enforce: parameters, conditional rules, media types, the version header", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }; parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> }>> };
    const list = doc.paths["/api/v1/items"]!.get!;
    expect(list.parameters!.map((p) => p.name)).toEqual(["project", "priority", "status", "severity", "assignee", "category", "overdue", "sla", "q", "sort", "dir", "page", "size"]);
    const ingest = doc.paths["/api/v1/metrics/{key}/points"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(ingest.oneOf).toHaveLength(2);
    const status = doc.paths["/api/v1/items/{id}/status"]!.post!;
    expect(status.requestBody!.content["application/json"]!.schema).toMatchObject({ if: { properties: { status: { const: "blocked" } } }, then: { required: ["blockedReason"] } });
    expect(status.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(["path:id", "header:If-Match"]);
    expect(Object.keys(doc.paths["/api/v1/items/export"]!.get!.responses["200"]!.content!).sort()).toEqual(["application/json", "text/csv", "text/markdown"]);
    expect(doc.paths["/api/v1/items/{id}"]!.get!.responses["200"]!.headers).toHaveProperty("ETag");
    expect(Object.keys(doc.paths["/api/v1/items/{id}"]!.patch!.responses).sort()).toEqual(["200", "400", "401", "403", "404", "409", "413", "415", "429", "503"]);
  });
});
