import { describe, expect, it } from "vitest";
import { memoizeLongText } from "./memo";

describe("memoizeLongText", () => {
  it("computes a long text once, a short one every time, and keeps at most maxChars", () => {
    const calls: string[] = [];
    const upper = memoizeLongText((t) => (calls.push(t), t.toUpperCase()), { minLength: 3, maxChars: 20, size: (v: string) => v.length });
    expect([upper("abcd"), upper("abcd"), upper("ab"), upper("ab")]).toEqual(["ABCD", "ABCD", "AB", "AB"]);
    expect(calls).toEqual(["abcd", "ab", "ab"]);
    // 8 characters per entry (text + result): a third entry pushes the least recently used out.
    upper("efgh");
    upper("abcd");
    upper("ijkl");
    expect(calls.slice(3)).toEqual(["efgh", "ijkl"]);
    upper("abcd");
    upper("efgh");
    expect(calls.slice(5)).toEqual(["efgh"]);
    // A result larger than the whole budget is returned, not kept.
    const big = "x".repeat(30);
    upper(big);
    upper(big);
    expect(calls.filter((c) => c === big)).toHaveLength(2);
  });
});

describe("memoizeLongText with promises", () => {
  it("shares a pending result, keeps a fulfilled one and forgets a rejected one", async () => {
    let calls = 0;
    let fail = true;
    const load = memoizeLongText(
      async (t: string) => {
        calls++;
        if (fail) throw new Error("down");
        return t.length;
      },
      { minLength: 1, maxChars: 100, size: () => 0 },
    );
    const [a, b] = [load("abc"), load("abc")];
    expect(a).toBe(b);
    await expect(a).rejects.toThrow("down");
    expect(calls).toBe(1);
    fail = false;
    await expect(load("abc")).resolves.toBe(3);
    await expect(load("abc")).resolves.toBe(3);
    expect(calls).toBe(2);
  });
});
