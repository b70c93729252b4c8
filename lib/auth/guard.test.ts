import { inspect } from "node:util";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionFailure } from "@/lib/result";
import { withLabels } from "@/lib/validation/labels";
import { normalizeInput, runGuarded } from "./guard";
import { userActor } from "@/lib/domain/actors";

const admin = userActor({ id: "u1", email: "a@x", name: "A", role: "admin" as const });

describe("runGuarded", () => {
  const schema = z.object({ email: z.email("Enter a valid email address"), n: z.coerce.number().int() });

  it("turns form data into an object, repeated keys into arrays", () => {
    const form = new FormData();
    form.append("a", "1");
    form.append("b", "x");
    form.append("b", "y");
    form.append("$ACTION_ID_abc", "");
    expect(normalizeInput(form)).toEqual({ a: "1", b: ["x", "y"] });
  });

  it("returns per-field messages that name the field", async () => {
    const result = await runGuarded({ name: "users.create", schema, run: async () => 1 }, admin, { email: "nope", n: "x" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid");
    expect(result.error.message).toBe("Enter a valid email address");
    expect(Object.keys(result.error.fieldErrors ?? {})).toEqual(["email", "n"]);
  });

  it("names the field by its form label for a person, by its JSON path for a program", async () => {
    const labelled = withLabels(z.object({ warningThreshold: z.number({ error: "must be a number" }) }), { warningThreshold: "Warning threshold" });
    const person = await runGuarded({ name: "users.create", schema: labelled, run: async () => 1 }, admin, { warningThreshold: "x" });
    expect(person).toMatchObject({ ok: false, error: { message: "Warning threshold must be a number", fieldErrors: { warningThreshold: ["must be a number"] } } });
    const program = await runGuarded({ name: "users.create", schema: labelled, reader: "program", run: async () => 1 }, admin, { warningThreshold: "x" });
    expect(program).toMatchObject({ ok: false, error: { message: "warningThreshold: must be a number" } });
  });

  it("passes expected failures through and hides unexpected ones behind a safe message", async () => {
    const expected = await runGuarded({ name: "users.create", schema: z.unknown(), run: async () => { throw new ActionFailure({ code: "conflict", message: "taken" }); } }, admin, {});
    expect(expected).toEqual({ ok: false, error: { code: "conflict", message: "taken" } });
    const original = console.error;
    console.error = () => {};
    const unexpected = await runGuarded({ name: "users.create", schema: z.unknown(), run: async () => { throw new Error("secret stack detail"); } }, admin, {});
    console.error = original;
    expect(unexpected).toMatchObject({ ok: false, error: { code: "internal" } });
    expect(JSON.stringify(unexpected)).not.toContain("secret stack detail");
  });

  it("logs a failed query as one short line, without its parameters", async () => {
    const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021", severity: "ERROR" });
    Object.defineProperties(driverError, { query: { value: "insert into item_comments (body) values ($1)" }, parameters: { value: ["secret comment\u0000"] } });
    const failed = new DrizzleQueryError("insert into item_comments (body) values ($1)", ["secret comment\u0000"], driverError);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      for (const error of [failed, driverError]) await runGuarded({ name: "items.comment", schema: z.unknown(), run: async () => { throw error; } }, admin, {});
    } finally {
      console.error = original;
    }
    expect(logged).toHaveLength(2);
    for (const args of logged) {
      const line = args.map((a) => inspect(a, { showHidden: true, depth: 5 })).join(" ");
      expect(line).not.toContain("secret comment");
      expect(line).toContain("22021");
      expect(line).not.toContain("\n");
    }
    expect(String(logged[0]![0])).toContain('in "insert into item_comments (body) values ($1)');
  });

  it("lets framework control-flow throws (redirects) through", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    const rethrow = (e: unknown) => {
      if (e === redirect) throw e;
    };
    await expect(runGuarded({ name: "auth.signIn", schema: z.unknown(), run: async () => { throw redirect; } }, null, {}, rethrow)).rejects.toBe(redirect);
  });
});
