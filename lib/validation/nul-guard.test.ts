import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runGuarded } from "@/lib/auth/guard";
import { findNul, NUL_MESSAGE, noNulAnywhere, text } from "./text";
import { userActor } from "@/lib/domain/actors";

const admin = userActor({ id: "u1", email: "a@x", name: "A", role: "admin" as const });

describe("findNul", () => {
  it("names the field a NUL is in, however deep, and ignores clean input", () => {
    expect(findNul({ title: "ok", checklist: [{ text: "fine" }, { text: "bad\u0000" }] })).toEqual(["checklist", 1, "text"]);
    expect(findNul("\u0000")).toEqual([]);
    expect(findNul({ ["k\u0000"]: 1 })).toEqual(["k\\0"]);
    expect(findNul({ a: 1, b: null, c: [true, 2.5], d: new Date(0) })).toBeNull();
  });

  it("stops at a bounded depth instead of recursing without end", () => {
    let deep: unknown = "x\u0000";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => findNul(deep)).not.toThrow();
  });
});

describe("the one NUL rule", () => {
  it("refuses NUL in any action's input before its own schema runs, naming the field", async () => {
    const def = { name: "items.comment" as const, schema: z.object({ itemId: z.string(), body: z.string() }), run: async () => "ran" };
    const result = await runGuarded(def, admin, { itemId: "x", body: "hello\u0000world" });
    expect(result).toEqual({ ok: false, error: { code: "invalid", message: `Body ${NUL_MESSAGE}`, fieldErrors: { body: [NUL_MESSAGE] } } });
    const nested = await runGuarded(def, admin, { itemId: "x", body: "b", extra: { points: [{ note: "\u0000" }] } });
    expect(nested.ok ? null : nested.error.message).toBe(`Note ${NUL_MESSAGE}`);
  });

  it("is the same refinement in schemas parsed outside the guard", () => {
    expect(text().safeParse("a\u0000b").error?.issues[0]?.message).toBe(NUL_MESSAGE);
    expect(text().safeParse("fine").success).toBe(true);
    expect(noNulAnywhere.safeParse({ a: ["\u0000"] }).error?.issues[0]?.path).toEqual(["a", 0]);
  });
});
