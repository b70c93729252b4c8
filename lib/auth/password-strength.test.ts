import { describe, expect, it } from "vitest";
import { createUserSchema } from "@/lib/users/schemas";
import { passwordWeakness } from "./password-strength";

describe("passwordWeakness", () => {
  it.each(["aaaaaaaaaa", "password123", "qwertyuiop", "1111111111111111111111111111111111111111", "demo-password", "Password2026!"])(
    "refuses %s and says why",
    (password) => {
      expect(passwordWeakness(password)).toMatch(/^Too easy to guess: .+\./);
    },
  );

  it("accepts passphrases and random strings", () => {
    for (const password of ["correct horse battery staple", "kH7#pq2!Lm9z", "amber-falcon-1928-quiet", `${"1".repeat(100)} violet tram umbrella`]) {
      expect(passwordWeakness(password)).toBeNull();
    }
  });

  it("uses what it knows about the user", () => {
    expect(passwordWeakness("QuorvathZebulonx", [])).toBeNull();
    expect(passwordWeakness("QuorvathZebulonx", ["zebulonx.quorvath@example.com", "Zebulonx Quorvath"])).not.toBeNull();
  });

  it("stays bounded on the longest allowed password", () => {
    // The point: 200 characters cost about two 32-character judgements, not seconds. Both are timed
    // back to back, so a loaded machine slows both alike (a fixed bound in ms failed under load).
    const time = (password: string) => {
      const start = performance.now();
      passwordWeakness(password);
      return performance.now() - start;
    };
    const median = (password: string) => [time(password), time(password), time(password)].sort((a, b) => a - b)[1]!;
    time("warm-up-warm-up-warm-up-warm-up!");
    const window = median("a1b2c3d4e5f6g7h8i9j0a1b2c3d4e5f6");
    const longest = median("a1b2c3d4e5f6g7h8i9j0".repeat(10));
    expect(longest).toBeLessThan(window * 4 + 50);
  });

  it("is the rule every new password follows (create, reset, change)", () => {
    const r = createUserSchema.safeParse({ email: "a@example.com", name: "A", role: "viewer", password: "aaaaaaaaaa" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["password"]);
    expect(r.error?.issues[0]?.message).toContain("Repeated characters");
  });
});
