import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { MAX_ACTION_BODY_BYTES, MAX_IMPORT_BYTES } from "./limits";
import { refuseOversizedPost } from "./body-limit";

const post = (bytes: number | null, method = "POST") =>
  new Request("http://app.test/import", { method, headers: { "next-action": "abc", ...(bytes === null ? {} : { "content-length": String(bytes) }) } });

describe("refuseOversizedPost", () => {
  it("answers 413 too_large naming the 5 MB limit for a 7 MB upload", async () => {
    const refused = refuseOversizedPost(post(7 * 1024 * 1024));
    expect(refused?.status).toBe(413);
    expect(await refused!.json()).toEqual({ error: { code: "too_large", message: "The upload is 7.0 MB; the limit is 5 MB." } });
  });

  it("lets through what Next itself accepts, and everything but POST", () => {
    expect(refuseOversizedPost(post(MAX_ACTION_BODY_BYTES))).toBeNull();
    expect(refuseOversizedPost(post(MAX_IMPORT_BYTES + 1))).toBeNull(); // the action's schema refuses it by field
    expect(refuseOversizedPost(post(null))).toBeNull();
    expect(refuseOversizedPost(new Request("http://app.test/import", { headers: { "content-length": "99999999" } }))).toBeNull();
  });

  it("answers 411 for a POST sent in chunks with no Content-Length (Next would answer its excess with a 500)", async () => {
    const chunked = new Request("http://app.test/import", { method: "POST", headers: { "next-action": "abc", "transfer-encoding": "chunked" } });
    const refused = refuseOversizedPost(chunked);
    expect(refused?.status).toBe(411);
    expect((await refused!.json()).error.message).toMatch(/Content-Length/);
    // Next's own forwarding of an action to the page that owns it streams the body on: let through.
    const forwarded = new Request("http://app.test/admin/users", { method: "POST", headers: { "next-action": "abc", "transfer-encoding": "chunked", "x-action-forwarded": "1" } });
    expect(refuseOversizedPost(forwarded)).toBeNull();
  });

  it("uses the limit next.config.ts gives Next's server actions", () => {
    const bytes = createRequire(import.meta.url)("next/dist/compiled/bytes") as { parse(v: string | number): number };
    expect(bytes.parse(nextConfig.experimental!.serverActions!.bodySizeLimit!)).toBe(MAX_ACTION_BODY_BYTES);
  });
});
