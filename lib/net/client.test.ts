import { describe, expect, it } from "vitest";
import { clientFromHeaders, normaliseAddress, resolveClient } from "./client";

const peer = (over: Partial<Parameters<typeof resolveClient>[0]> = {}) => ({
  socketAddress: "::ffff:10.0.0.5",
  encrypted: false,
  forwardedFor: undefined,
  forwardedProto: undefined,
  ...over,
});

describe("resolveClient", () => {
  it("ignores forwarded headers with no trusted proxy (a client cannot pick its own address)", () => {
    const c = resolveClient(peer({ forwardedFor: "1.2.3.4", forwardedProto: "https" }), 0);
    expect(c).toEqual({ address: "10.0.0.5", protocol: "http" });
  });

  it("takes the address the one trusted proxy appended, not the client's own prefix", () => {
    const c = resolveClient(peer({ forwardedFor: "6.6.6.6, 203.0.113.9", forwardedProto: "https" }), 1);
    expect(c).toEqual({ address: "203.0.113.9", protocol: "https" });
  });

  it("counts hops from the right through a chain of proxies", () => {
    expect(resolveClient(peer({ forwardedFor: "6.6.6.6, 203.0.113.9, 10.1.1.1" }), 2).address).toBe("203.0.113.9");
    expect(resolveClient(peer({ forwardedFor: ["6.6.6.6", "203.0.113.9, 10.1.1.1"] }), 2).address).toBe("203.0.113.9");
  });

  it("falls back to the left-most known hop when fewer proxies than configured sent headers", () => {
    expect(resolveClient(peer(), 1).address).toBe("10.0.0.5");
    expect(resolveClient(peer({ forwardedFor: "203.0.113.9" }), 3).address).toBe("203.0.113.9");
  });

  it("reads https from the socket itself when nothing is trusted", () => {
    expect(resolveClient(peer({ encrypted: true, forwardedProto: "http" }), 0).protocol).toBe("https");
    expect(resolveClient(peer({ forwardedProto: "gopher" }), 1).protocol).toBe("http");
  });

  it("bounds and normalises hostile values", () => {
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("x".repeat(10_000))).toHaveLength(64);
    expect(resolveClient(peer({ socketAddress: undefined }), 0).address).toBe("unknown");
  });
});

describe("clientFromHeaders", () => {
  it("reads only the stamped headers", () => {
    expect(clientFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toEqual({ address: "unknown", protocol: "http" });
    expect(clientFromHeaders(new Headers({ "x-hb-client-address": "1.2.3.4", "x-hb-client-proto": "https" }))).toEqual({ address: "1.2.3.4", protocol: "https" });
  });
});
