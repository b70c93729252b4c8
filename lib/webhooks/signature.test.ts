import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "./signature";

const at = new Date("2026-12-07T12:00:00Z");
const body = JSON.stringify({ type: "item.updated", data: { key: "P0-006" } });

describe("webhook signatures", () => {
  it("signs timestamp and body so that the receiver's own HMAC matches", () => {
    const header = signatureHeader("s3cret", body, at);
    const t = Math.floor(at.getTime() / 1000);
    expect(header).toBe(`t=${t},v1=${createHmac("sha256", "s3cret").update(`${t}.${body}`).digest("hex")}`);
    expect(verifySignature("s3cret", header, body, { now: at })).toEqual({ ok: true, timestamp: t });
  });

  it("refuses another secret, a changed body and a changed timestamp", () => {
    const header = signatureHeader("s3cret", body, at);
    expect(verifySignature("other", header, body, { now: at })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature("s3cret", header, body.replace("P0-006", "P0-007"), { now: at })).toEqual({ ok: false, reason: "mismatch" });
    const shifted = header.replace(/t=(\d+)/, (_, t: string) => `t=${Number(t) + 1}`);
    expect(verifySignature("s3cret", shifted, body, { now: at })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a replay outside the tolerance, either side of the receiver's clock", () => {
    const header = signatureHeader("s3cret", body, at);
    const later = (s: number) => new Date(at.getTime() + s * 1000);
    expect(verifySignature("s3cret", header, body, { now: later(299) }).ok).toBe(true);
    expect(verifySignature("s3cret", header, body, { now: later(301) })).toEqual({ ok: false, reason: "stale" });
    expect(verifySignature("s3cret", header, body, { now: later(-301) })).toEqual({ ok: false, reason: "stale" });
  });

  it("carries one signature per secret while a secret is rotated", () => {
    const header = signatureHeader(["new-secret", "old-secret"], body, at);
    expect(header.split(",")).toHaveLength(3);
    expect(verifySignature("old-secret", header, body, { now: at }).ok).toBe(true);
    expect(verifySignature("new-secret", header, body, { now: at }).ok).toBe(true);
  });

  it("calls malformed headers malformed, never throws", () => {
    for (const bad of [undefined, "", "v1=abc", "t=abc,v1=" + "0".repeat(64), "t=1", "t=1,v1=" + "z".repeat(64), "x".repeat(5000)]) {
      expect(verifySignature("s3cret", bad, body, { now: at })).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
