import { describe, expect, it } from "vitest";
import { API_CSP, apiSecurityHeaders, baseSecurityHeaders, makeNonce, pageCsp, pageSecurityHeaders, withHeaders } from "./security-headers";

/** A CSP as { directive: sources }. */
const directives = (csp: string) => Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

describe("security headers", () => {
  it("base: nosniff, no framing, a referrer policy; HSTS only over https", () => {
    expect(baseSecurityHeaders({ https: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("pages: scripts only with this request's nonce, nothing from elsewhere, no framing", () => {
    const csp = directives(pageCsp("abc123=="));
    expect(csp).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "'nonce-abc123=='", "'strict-dynamic'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
    // A nonce in style-src would make browsers ignore 'unsafe-inline' and break inline styles.
    expect(csp["style-src"]!.some((s: string) => s.startsWith("'nonce-"))).toBe(false);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(directives(pageCsp("n", { dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(pageSecurityHeaders({ nonce: "n", https: true })).toMatchObject({ "Content-Security-Policy": pageCsp("n"), "Strict-Transport-Security": expect.any(String), "X-Content-Type-Options": "nosniff" });
  });

  it("API answers: nothing may load or frame them", () => {
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(apiSecurityHeaders({ https: false })).toEqual({ ...baseSecurityHeaders({ https: false }), "Content-Security-Policy": API_CSP });
  });

  it("nonces are fresh, 128-bit and in CSP's base64 alphabet (Next.js reads them back with that pattern)", () => {
    const nonces = new Set(Array.from({ length: 200 }, makeNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) {
      expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(n, "base64")).toHaveLength(16);
    }
  });

  it("withHeaders sets them on mutable Responses and copies immutable ones", async () => {
    const mutable = new Response("x", { status: 201, headers: { "content-type": "text/plain", "x-frame-options": "SAMEORIGIN" } });
    expect(withHeaders(mutable, { "X-Frame-Options": "DENY" })).toBe(mutable);
    expect(mutable.headers.get("x-frame-options")).toBe("DENY");
    const redirect = withHeaders(Response.redirect("http://hb.example/a", 307), { "X-Frame-Options": "DENY" });
    expect([redirect.status, redirect.headers.get("location"), redirect.headers.get("x-frame-options")]).toEqual([307, "http://hb.example/a", "DENY"]);
    const fetched = await fetch("data:text/plain,hello");
    const copy = withHeaders(fetched, { "X-Content-Type-Options": "nosniff" });
    expect([copy.headers.get("x-content-type-options"), await copy.text()]).toEqual(["nosniff", "hello"]);
  });
});
