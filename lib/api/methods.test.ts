import { describe, expect, it } from "vitest";
import { allowedMethods, pathOf, refuseMethod } from "./methods";

// Which methods each URL answers, and what any other method gets instead of reaching Next.js.

describe("allowedMethods", () => {
  it("takes an API route's methods from the catalog, with HEAD for GET and OPTIONS", () => {
    expect(allowedMethods("/api/health")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/items/0b0c6a52-1111-4c1e-9b1a-2f2f2f2f2f2f/status")).toEqual(["OPTIONS", "POST"]);
    // Two catalog entries on one path: both methods.
    expect(allowedMethods("/api/v1/metrics/error_rate/points")).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
    expect(allowedMethods("/api/v1/openapi.json")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });

  it("gives Auth.js's endpoints GET and POST, pages GET, HEAD and POST, unknown API paths nothing", () => {
    expect(allowedMethods("/api/auth/session")).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
    expect(allowedMethods("/backlog")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/_next/static/chunks/a.js")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api/v1/nope")).toBeNull();
    // A parameter stands for one segment, and a dot in a path is literal.
    expect(allowedMethods("/api/v1/items/a/b/status")).toBeNull();
    expect(allowedMethods("/api/v1/openapiXjson")).toBeNull();
  });
});

describe("refuseMethod", () => {
  it("refuses TRACE, PROPFIND, CONNECT and made-up methods with 405 and the URL's methods", () => {
    for (const method of ["TRACE", "PROPFIND", "CONNECT", "FOO", "track"]) {
      expect(refuseMethod(method, "/api/health?x=1"), method).toEqual({ status: 405, allow: "GET, HEAD, OPTIONS" });
      expect(refuseMethod(method, "/login"), method).toEqual({ status: 405, allow: "GET, HEAD, POST" });
    }
  });

  it("refuses standard methods a route does not implement, and lets the others through", () => {
    expect(refuseMethod("PUT", "/api/health")).toEqual({ status: 405, allow: "GET, HEAD, OPTIONS" });
    expect(refuseMethod("DELETE", "/backlog")).toEqual({ status: 405, allow: "GET, HEAD, POST" });
    expect(refuseMethod("GET", "/api/health")).toBeNull();
    expect(refuseMethod("HEAD", "/api/v1/events")).toBeNull();
    expect(refuseMethod("POST", "/api/v1/items/x/status")).toBeNull();
    expect(refuseMethod("POST", "/login")).toBeNull();
    expect(refuseMethod("OPTIONS", "/api/auth/csrf")).toBeNull();
  });

  it("leaves unknown API paths to Next.js's 404, except for methods Next.js cannot take", () => {
    expect(refuseMethod("GET", "/api/nope")).toBeNull();
    expect(refuseMethod("PUT", "/api/nope")).toBeNull();
    expect(refuseMethod("TRACE", "/api/nope")).toEqual({ status: 404 });
  });

  it("reads the path of any request target", () => {
    expect(pathOf("/a/b?c=d#e")).toBe("/a/b");
    expect(pathOf("http://other.example/api/health")).toBe("/api/health");
    expect(pathOf("/api/./health")).toBe("/api/health");
    expect(pathOf("*")).toBe("/*");
  });
});
