import { createHmac, timingSafeEqual } from "node:crypto";

// How GitHub signs a webhook delivery: an HMAC-SHA256 of the raw body, keyed with the webhook's
// secret, in one header (https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries):
//
//   X-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17
//
// GitHub signs no timestamp, so a replay cannot be refused by age; a replayed delivery carries its
// X-GitHub-Delivery id, which the service remembers (github-service.ts). Checked on the raw bytes
// before anything parses them.

export const GITHUB_SIGNATURE_HEADER = "X-Hub-Signature-256";

/** The header's value for `body` signed with `secret` (what GitHub sends; tests sign fixtures with it). */
export function githubSignature(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export type GithubVerdict = { ok: true } | { ok: false; reason: "missing" | "malformed" | "mismatch" };

/** Whether `header` is `sha256=<64 hex>` and matches `body` under `secret`, compared in constant time. */
export function verifyGithubSignature(secret: string, header: string | null | undefined, body: string | Buffer): GithubVerdict {
  if (!header) return { ok: false, reason: "missing" };
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return { ok: false, reason: "malformed" };
  const given = Buffer.from(match[1]!.toLowerCase(), "hex");
  const expected = createHmac("sha256", secret).update(body).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: "mismatch" };
}
