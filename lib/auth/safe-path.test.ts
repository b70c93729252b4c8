import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_IN_APP_PATH, safeInAppPath } from "./safe-path";

// The one decision on where a sign-in or sign-out may send a user. Whatever comes in, what comes
// out is a path that, resolved against any origin, stays on that origin.

const ORIGIN = "https://hb.example";

/** What a browser does with a Location header or a link: it must land on the page's own origin. */
const staysHome = (path: string) => ["https://hb.example", "http://127.0.0.1:3000"].every((base) => new URL(path, base).origin === new URL(base).origin);

describe("safeInAppPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeInAppPath("/backlog?priority=P0&q=a%20b#top")).toBe("/backlog?priority=P0&q=a%20b#top");
    expect(safeInAppPath("/")).toBe("/");
    expect(safeInAppPath("/runbooks/disk-full")).toBe("/runbooks/disk-full");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.com",
    "///evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    " //evil.com",
    "https://evil.example",
    "https://evil.example/backlog",
    "https:evil.example",
    "evil.example",
    "/a/..//evil.com",
    "/.//evil.com",
    "/%2e%2e//evil.com",
    "/x\u0000y",
    "",
    `/${"a".repeat(MAX_IN_APP_PATH)}`,
  ])("turns %j into /", (hostile) => {
    expect(safeInAppPath(hostile)).toBe("/");
    expect(safeInAppPath(hostile, ORIGIN)).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const v of [undefined, null, 1, ["/backlog"], { toString: () => "/x" }]) expect(safeInAppPath(v)).toBe("/");
  });

  it("with an origin, takes the path of an absolute URL on exactly that origin", () => {
    expect(safeInAppPath("https://hb.example/backlog?x=1", ORIGIN)).toBe("/backlog?x=1");
    expect(safeInAppPath("https://hb.example", ORIGIN)).toBe("/");
    expect(safeInAppPath("http://hb.example/backlog", ORIGIN)).toBe("/");
    expect(safeInAppPath("https://hb.example.evil.com/backlog", ORIGIN)).toBe("/");
    expect(safeInAppPath("https://hb.example@evil.com/backlog", ORIGIN)).toBe("/");
    expect(safeInAppPath("https://hb.example//evil.com", ORIGIN)).toBe("/");
    // Without an origin an absolute URL is never trusted.
    expect(safeInAppPath("https://hb.example/backlog")).toBe("/");
  });

  it("gives a path that stays on the site for any string, hostile pieces included", () => {
    const piece = fc.oneof(
      fc.constantFrom("/", "//", "\\", "/\\", ".", "..", "%2e", "%2f", "%5c", "\t", "\n", "\r", "\u0000", " ", "@", ":", "?", "#", "javascript:", "https:", "http://", "evil.com", "hb.example", "https://hb.example", "\u3000", "\uff0f", "\u2028"),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    );
    const hostile = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(hostile, fc.boolean(), (value, withOrigin) => {
        const out = safeInAppPath(value, withOrigin ? ORIGIN : undefined);
        expect(out.startsWith("/")).toBe(true);
        expect(out.startsWith("//")).toBe(false);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        expect(out.length).toBeLessThanOrEqual(MAX_IN_APP_PATH);
        expect(staysHome(out)).toBe(true);
        // Applying it again changes nothing: the answer is already a plain path.
        expect(safeInAppPath(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps any plain path as it is", () => {
    const segment = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_~"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 8 }), (segments) => {
        const path = `/${segments.join("/")}`;
        expect(safeInAppPath(path)).toBe(path);
      }),
    );
  });
});
