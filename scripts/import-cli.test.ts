import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// `npm run import -- <file> --project <slug> --dry-run --json`: one JSON document in the documented
// shape, produced without a server or a database.

const item = z.strictObject({
  key: z.string().nullable(),
  title: z.string().min(1),
  description: z.string(),
  category: z.array(z.string()),
  priority: z.enum(["P0", "P1", "P2", "P3"]).nullable(),
  priorityLabel: z.string().nullable(),
  status: z.enum(["not_started", "in_progress", "blocked", "done", "wont_do"]),
  severity: z.enum(["critical", "high", "medium", "low"]).nullable(),
  effortHours: z.number().nullable(),
  done: z.boolean(),
  checklist: z.array(z.strictObject({ kind: z.enum(["acceptance", "action", "file"]), text: z.string(), done: z.boolean() })),
  line: z.number().int().positive(),
});
const output = z.strictObject({
  items: z.array(item),
  slaPolicies: z.array(z.object({ priority: z.string(), label: z.string(), targetHours: z.number().nullable(), line: z.number() })),
  metrics: z.array(z.strictObject({ name: z.string(), comparator: z.enum(["<", "<=", ">", ">=", "="]), target: z.number(), unit: z.string(), group: z.string(), line: z.number() })),
  warnings: z.array(z.strictObject({ line: z.number(), message: z.string() })),
});

const cli = (...args: string[]) =>
  execFileSync(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: "/nonexistent/never-opened", DATABASE_URL: "" },
  });

describe("import CLI --json", () => {
  it("prints seed 002 as one JSON document of the documented shape", () => {
    const parsed = output.parse(JSON.parse(cli("db/demo/seeds/002_ffc60b89eeec65e0.txt", "--project", "x", "--dry-run", "--json")));
    expect(parsed.items).toHaveLength(42);
    expect(parsed.slaPolicies).toHaveLength(4);
    expect(parsed.metrics.length).toBeGreaterThanOrEqual(12);
  });

  it("applies --priority overrides", () => {
    const parsed = output.parse(JSON.parse(cli("db/demo/seeds/001_0a30bf69f9c96dff.txt", "--project", "x", "--dry-run", "--json", "--priority", "Priority 5=P2")));
    expect(parsed.items.filter((i) => i.priorityLabel === "Priority 5").every((i) => i.priority === "P2")).toBe(true);
  });

  it("fails with a clear message and exit code on a bad file", () => {
    expect(() => cli("/nonexistent.md", "--project", "x", "--dry-run", "--json")).toThrow(/Cannot read \/nonexistent\.md/);
  });
});
