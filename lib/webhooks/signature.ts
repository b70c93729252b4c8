import { createHmac, timingSafeEqual } from "node:crypto";

// How a receiver knows a delivery is ours and fresh: an HMAC-SHA256, keyed with the endpoint's
// secret, over "<unix seconds>.<raw body>", sent with the timestamp in one header:
//
//   X-Health-Backlog-Signature: t=1765100000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
//
// Signing the timestamp with the body lets a receiver reject a replay (an old, validly signed
// request sent again) by refusing timestamps outside a few minutes. While a secret is being rotated
// the header carries one v1 per secret; a receiver accepts the request if any matches. The README
// has the few lines a receiver needs (Node and Python).

export const SIGNATURE_HEADER = "X-Health-Backlog-Signature";
/** How far a receiver should let the timestamp be from its own clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const hmac = (secret: string, timestamp: number, body: string | Buffer) =>
  createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");

/** The header's value for this body at this time, signed with each secret (the current one first). */
export function signatureHeader(secrets: string | readonly string[], body: string | Buffer, now = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  const list = typeof secrets === "string" ? [secrets] : secrets;
  return [`t=${timestamp}`, ...list.map((s) => `v1=${hmac(s, timestamp, body)}`)].join(",");
}

export type Verdict = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

/** What a receiver does (and what our tests do): parse, check the age, compare in constant time. */
export function verifySignature(secret: string, header: string | null | undefined, body: string | Buffer, options: { now?: Date; toleranceSeconds?: number } = {}): Verdict {
  if (!header || header.length > 2000) return { ok: false, reason: "malformed" };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === null || !signatures.length) return { ok: false, reason: "malformed" };
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return { ok: false, reason: "stale" };
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  const matches = signatures.some((s) => timingSafeEqual(Buffer.from(s, "hex"), expected));
  return matches ? { ok: true, timestamp } : { ok: false, reason: "mismatch" };
}
