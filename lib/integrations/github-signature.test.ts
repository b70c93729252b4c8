import { describe, expect, it } from "vitest";
import { githubSignature, verifyGithubSignature } from "./github-signature";

// GitHub's documented test vector (docs.github.com, "Validating webhook deliveries"): secret
// "It's a Secret to Everybody", payload "Hello, World!".
const DOC_SECRET = "It's a Secret to Everybody";
const DOC_BODY = "Hello, World!";
const DOC_SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

describe("X-Hub-Signature-256", () => {
  it("matches GitHub's documented example", () => {
    expect(githubSignature(DOC_SECRET, DOC_BODY)).toBe(DOC_SIGNATURE);
    expect(verifyGithubSignature(DOC_SECRET, DOC_SIGNATURE, Buffer.from(DOC_BODY))).toEqual({ ok: true });
  });

  it("accepts upper-case hex and surrounding spaces, as a proxy may pass them", () => {
    expect(verifyGithubSignature(DOC_SECRET, ` ${DOC_SIGNATURE.toUpperCase().replace("SHA256", "sha256")} `, DOC_BODY).ok).toBe(true);
  });

  it("refuses a wrong secret, a changed body and a signature of another body", () => {
    expect(verifyGithubSignature("another secret", DOC_SIGNATURE, DOC_BODY)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyGithubSignature(DOC_SECRET, DOC_SIGNATURE, `${DOC_BODY} `)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyGithubSignature(DOC_SECRET, githubSignature(DOC_SECRET, "{}"), DOC_BODY)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a missing header", () => {
    expect(verifyGithubSignature(DOC_SECRET, null, DOC_BODY)).toEqual({ ok: false, reason: "missing" });
    expect(verifyGithubSignature(DOC_SECRET, undefined, DOC_BODY)).toEqual({ ok: false, reason: "missing" });
    expect(verifyGithubSignature(DOC_SECRET, "", DOC_BODY)).toEqual({ ok: false, reason: "missing" });
  });

  it.each([
    ["the SHA-1 header's form", "sha1=" + "a".repeat(40)],
    ["no algorithm", DOC_SIGNATURE.slice("sha256=".length)],
    ["a short digest", DOC_SIGNATURE.slice(0, -2)],
    ["a long digest", `${DOC_SIGNATURE}00`],
    ["non-hex digits", `sha256=${"z".repeat(64)}`],
    ["two signatures", `${DOC_SIGNATURE},${DOC_SIGNATURE}`],
    ["a huge value", `sha256=${"a".repeat(100_000)}`],
  ])("refuses %s as malformed", (_, header) => {
    expect(verifyGithubSignature(DOC_SECRET, header, DOC_BODY)).toEqual({ ok: false, reason: "malformed" });
  });
});
