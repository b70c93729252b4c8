import { describe, expect, it } from "vitest";
import { isJsonContentType, refuseCookieRequest } from "./cookie-request";

const req = (method: string, headers: Record<string, string>) => new Request("http://app.example.com/api/v1/items/x/status", { method, headers });
const own = { host: "app.example.com" };

describe("refuseCookieRequest", () => {
  it("lets same-origin JSON writes and every read through", () => {
    expect(refuseCookieRequest(req("POST", { ...own, origin: "http://app.example.com", "content-type": "application/json; charset=utf-8" }), true)).toBeNull();
    expect(refuseCookieRequest(req("POST", { ...own, "sec-fetch-site": "same-origin", "content-type": "application/json" }), true)).toBeNull();
    expect(refuseCookieRequest(req("GET", { ...own, origin: "http://evil.example.com" }), true)).toBeNull();
  });

  it("refuses a sibling app, a null origin, or no word on the origin at all with 403", () => {
    for (const headers of <Record<string, string>[]>[
      { origin: "http://wiki.example.com" },
      { origin: "null" },
      { origin: "http://app.example.com.evil.net" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "cross-site" },
      {},
    ]) {
      expect(refuseCookieRequest(req("POST", { ...own, ...headers, "content-type": "application/json" }), true)?.code).toBe("forbidden");
    }
  });

  it("refuses a body that is not declared JSON with 415 (what an HTML form or a simple fetch sends)", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      expect(refuseCookieRequest(req("POST", { ...own, origin: "http://app.example.com", ...(type ? { "content-type": type } : {}) }), true)?.code).toBe("unsupported_media_type");
    }
    // Routes without a JSON body only need the origin.
    expect(refuseCookieRequest(req("POST", { ...own, origin: "http://app.example.com" }), false)).toBeNull();
  });

  it("honours the host a proxy forwarded", () => {
    expect(refuseCookieRequest(req("POST", { host: "127.0.0.1:3000", "x-forwarded-host": "app.example.com", origin: "https://app.example.com", "content-type": "application/json" }), true)).toBeNull();
  });
});

describe("isJsonContentType", () => {
  it("reads the media type, not the parameters", () => {
    expect(isJsonContentType("Application/JSON;charset=UTF-8")).toBe(true);
    expect(isJsonContentType("application/merge-patch+json")).toBe(true);
    expect(isJsonContentType("text/json")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});
