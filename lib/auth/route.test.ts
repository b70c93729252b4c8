import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineRoute } from "./route";

// Every answer a route handler gives goes out with the API security headers: the body's own
// Responses (even ones with immutable headers), JSON data, and the wrapper's errors.

vi.mock("./actor", () => ({ getActor: async () => null }));

const context = { params: Promise.resolve({}) };
const request = (headers: Record<string, string> = {}) => new Request("http://hb.example/api/x", { headers });

function expectApiHeaders(response: Response) {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
}

describe("defineRoute's answers", () => {
  it("add the headers to a Response the body returns, keeping its own", async () => {
    const GET = defineRoute("auth.endpoints", { input: "none" }, async () => new Response("# md", { headers: { "content-type": "text/markdown" } }));
    const response = await GET(request(), context);
    expectApiHeaders(response);
    expect(response.headers.get("content-type")).toBe("text/markdown");
    expect(await response.text()).toBe("# md");
  });

  it("add them to immutable Responses (Response.redirect) and to data sent as JSON", async () => {
    const redirect = await defineRoute("auth.endpoints", { input: "none" }, async () => Response.redirect("http://hb.example/login", 302))(request(), context);
    expectApiHeaders(redirect);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("http://hb.example/login");
    const data = await defineRoute("auth.endpoints", { input: "none" }, async () => ({ ok: 1 }))(request(), context);
    expectApiHeaders(data);
    expect(await data.json()).toEqual({ ok: 1 });
  });

  it("add them to the wrapper's own errors", async () => {
    const GET = defineRoute("health.read", { input: "none" }, async () => ({}));
    const refused = await GET(request({ authorization: "Basic eDp5" }), context);
    expect(refused.status).toBe(401);
    expectApiHeaders(refused);
  });

  it("send HSTS only when the stamped client protocol is https", async () => {
    const GET = defineRoute("auth.endpoints", { input: "none" }, async () => ({}));
    expect((await GET(request({ "x-hb-client-proto": "https" }), context)).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect((await GET(request({ "x-hb-client-proto": "http", "x-forwarded-proto": "https" }), context)).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("defineRoute's input", () => {
  const echo = defineRoute("auth.endpoints", { input: "json", schema: z.object({ code: z.string(), message: z.string() }).strict(), maxBytes: 64 }, async (input) => input);
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://hb.example/api/x", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

  it("is input even when it looks like an error (it was taken for one and answered 500)", async () => {
    const response = await echo(post(JSON.stringify({ code: "toString", message: "x" })), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ code: "toString", message: "x" });
  });

  it("is cut off past the limit when no Content-Length says how long it is", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16;
        controller.enqueue(new TextEncoder().encode("x".repeat(16)));
        if (sent > 1_000_000) controller.close();
      },
    });
    const response = await echo(post(endless), context);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(1_000);
  });
});
