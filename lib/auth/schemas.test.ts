import { describe, expect, it } from "vitest";
import { safeNextPath, signInSchema } from "./schemas";

// The login form's `next` goes through the same decision as Auth.js's callbackUrl (./safe-path.ts).

describe("signInSchema.next", () => {
  const parse = (next: unknown) => signInSchema.parse({ email: "a@example.com", password: "x", next }).next;

  it("keeps a same-site path and turns everything else into /", () => {
    expect(parse("/backlog?q=x")).toBe("/backlog?q=x");
    for (const hostile of ["javascript:alert(1)", "//evil.com", "/\\evil.com", "/\t/evil.com", "https://evil.example", undefined]) {
      expect(parse(hostile), String(hostile)).toBe("/");
    }
  });

  it("answers / for a very long value rather than refusing the sign-in or the login page", () => {
    const long = `/${"a".repeat(5000)}`;
    expect(parse(long)).toBe("/");
    expect(safeNextPath.parse(long)).toBe("/");
  });
});
