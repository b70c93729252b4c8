import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { z } from "zod";
import { generatePlan } from "./bench/generate-plan";

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
  impact: z.number().int().min(1).max(5).nullable(),
  impactFrom: z.enum(["document", "severity"]).nullable(),
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

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
// As package.json's scripts run them: lib/ modules the CLIs load import "server-only".
const SHIM = ["--import", "./scripts/lib/allow-server-only.mjs"];
const NO_DB = { ...process.env, DATA_DIR: "/nonexistent/never-opened", DATABASE_URL: "" };

const cli = (...args: string[]) => execFileSync(TSX, [...SHIM, "scripts/import.ts", ...args], { encoding: "utf8", env: NO_DB });

/** Runs a script with stdout as a pipe (as `… | jq` does) and collects everything that comes through it. */
function piped(script: string, args: string[], env: NodeJS.ProcessEnv = NO_DB): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [...SHIM, script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

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

  describe("through a pipe", () => {
    const dir = mkdtempSync(join(tmpdir(), "hb-import-cli-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("prints the whole document when it is far larger than a pipe's 64 KiB (process.exit used to cut it off)", async () => {
      const file = join(dir, "large-plan.md");
      const plan = generatePlan(6000);
      writeFileSync(file, plan);
      const { code, stdout, stderr } = await piped("scripts/import.ts", [file, "--project", "x", "--dry-run", "--json"]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout.length).toBeGreaterThan(2 * 1024 * 1024);
      const parsed = output.parse(JSON.parse(stdout));
      expect(parsed.items).toHaveLength(6000);
      expect(parsed.items.at(-1)!.title).toMatch(/improvement number 5999\b/);
    });

    it("still exits with the right code and message on bad usage", async () => {
      const { code, stdout, stderr } = await piped("scripts/import.ts", ["--no-such-flag"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/Unknown option '--no-such-flag'[\s\S]*Usage: npm run import/);
    });
  });
});

describe("export CLI through a pipe", () => {
  const dir = mkdtempSync(join(tmpdir(), "hb-export-cli-"));
  const env = { ...process.env, DATA_DIR: join(dir, "data"), DATABASE_URL: "" };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints a project far larger than 64 KiB whole, and fails with exit codes, not truncated output", async () => {
    const file = join(dir, "plan.md");
    writeFileSync(file, generatePlan(400));
    const imported = await piped("scripts/import.ts", [file, "--project", "big"], env);
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toContain("items created: 400");

    const { code, stdout, stderr } = await piped("scripts/export.ts", ["--project", "big", "--format", "json"], env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(150 * 1024);
    expect((JSON.parse(stdout) as { items: unknown[] }).items).toHaveLength(400);

    expect(await piped("scripts/export.ts", ["--project", "nope", "--format", "json"], env)).toMatchObject({ code: 1, stdout: "", stderr: "No project 'nope'.\n" });
    expect(await piped("scripts/export.ts", ["--project", "big", "--format", "docx"], env)).toMatchObject({ code: 2, stdout: "" });
    // The backlog's filters: every project when none is named; "me" needs a user, which the CLI has not.
    const csv = await piped("scripts/export.ts", ["--format", "csv", "--tz", "Pacific/Auckland", "--sort", "key"], env);
    expect(csv.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(["project", "assignee", "assigneeEmail", "due", "dueLocal", "sla", "slaOutcome", "timeZone"]));
    expect(parsed.data).toHaveLength(400);
    expect(new Set(parsed.data.map((r) => `${r.project} ${r.timeZone}`))).toEqual(new Set(["big Pacific/Auckland"]));
    expect(await piped("scripts/export.ts", ["--assignee", "me"], env)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("assignee=me means the signed-in user") });
    expect(await piped("scripts/export.ts", ["--priority", "P9"], env)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("priority must be one of") });
  }, 240_000);
});
