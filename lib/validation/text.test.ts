import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { importInputSchema } from "@/lib/importer/schemas";
import { API } from "@/lib/api/catalog";
import { invalidInput } from "@/lib/auth/guard";
import { signInSchema } from "@/lib/auth/schemas";
import { parseBacklogQuery } from "@/lib/backlog/filters";
import { addChecklistSchema, commentSchema, createItemSchema, linkSchema, saveViewSchema, updateItemSchema } from "@/lib/backlog/schemas";
import { MAX_MARKDOWN_DEPTH } from "@/lib/markdown/depth";
import { policyRowSchema } from "@/lib/matrix/schemas";
import { csvUploadSchema, defineMetricSchema, ingestSchema, recordPointSchema } from "@/lib/metrics/schemas";
import { createRunbookSchema, drillStepSchema, finishDrillSchema, importRunbookSchema, linkItemSchema, markReviewedSchema, saveRunbookSchema, startDrillSchema } from "@/lib/runbooks/schemas";
import { createTokenSchema } from "@/lib/tokens/schemas";
import { createUserSchema, resetPasswordSchema } from "@/lib/users/schemas";
import { NUL_MESSAGE } from "./text";

// Every text field of every input schema refuses U+0000 with a message on that field, and the
// Markdown fields refuse text nested deeper than the renderer shows as Markdown.

const ID = "00000000-0000-4000-8000-000000000001";
const NUL = "a\u0000b";

type Case = [name: string, schema: z.ZodType, valid: Record<string, unknown>, fields: string[]];

const CASES: Case[] = [
  ["create item", createItemSchema, { title: "T", projectId: ID, description: "d", categoryPath: ["A"], blockedReason: "x", dueOverrideReason: "y" }, ["title", "description", "categoryPath.0", "blockedReason", "dueOverrideReason"]],
  ["update item", updateItemSchema, { id: ID, version: 1, changes: { title: "T", description: "d" } }, ["changes.title", "changes.description"]],
  ["comment", commentSchema, { itemId: ID, body: "hello" }, ["body"]],
  ["checklist entry", addChecklistSchema, { itemId: ID, kind: "action", text: "do it" }, ["text"]],
  ["item link", linkSchema, { itemId: ID, kind: "relates", target: "P1-001" }, ["target"]],
  ["saved view", saveViewSchema, { name: "Mine", query: "q=x" }, ["name", "query"]],
  ["runbook", createRunbookSchema, { title: "T", service: "api", body: "# b", note: "n" }, ["title", "service", "body", "note"]],
  ["runbook save", saveRunbookSchema, { id: ID, version: 1, title: "T", body: "b", note: "n" }, ["title", "body", "note"]],
  ["runbook import", importRunbookSchema, { markdown: "# T", fileName: "t.md" }, ["markdown", "fileName"]],
  ["runbook review", markReviewedSchema, { id: ID, revision: 1, note: "ok" }, ["note"]],
  ["runbook item link", linkItemSchema, { runbookId: ID, item: "P0-006" }, ["item"]],
  ["drill start", startDrillSchema, { runbookId: ID, scenario: "s" }, ["scenario"]],
  ["drill step", drillStepSchema, { drillId: ID, step: 0, done: true, note: "n" }, ["note"]],
  ["drill finish", finishDrillSchema, { drillId: ID, outcome: "passed", notes: "n" }, ["notes"]],
  ["metric", defineMetricSchema, { key: "k", name: "N", unit: "ms", direction: "lower_is_better", description: "d" }, ["key*", "name", "unit", "description"]],
  ["metric value (UI)", recordPointSchema, { metricId: ID, value: "1", note: "n" }, ["note"]],
  ["metric values (API)", ingestSchema, { points: [{ value: 1, note: "n" }] }, ["points.0.note"]],
  ["metric value (API)", ingestSchema, { value: 1, note: "n" }, ["note"]],
  ["metric CSV", csvUploadSchema, { metricId: ID, csv: "2026-01-01,1,n" }, ["csv"]],
  ["SLA policy row", policyRowSchema, { projectId: null, priority: "P1", label: "L", targetHours: 24, calendar: "calendar", ownership: "o", trackingCadence: "t", escalation: "e" }, ["label", "ownership", "trackingCadence", "escalation"]],
  ["API token", createTokenSchema, { name: "ci", scopes: ["metrics:read"], expiresInDays: 30 }, ["name"]],
  ["user", createUserSchema, { email: "a@example.com", name: "A", role: "viewer", password: "correct horse battery" }, ["email*", "name", "password"]],
  ["password reset", resetPasswordSchema, { userId: ID, password: "correct horse battery" }, ["password"]],
  ["sign-in", signInSchema, { email: "a@example.com", password: "pw" }, ["email*", "password"]],
  ["import", importInputSchema, { projectSlug: "p", projectName: "P", fileName: "p.md", text: "# Plan" }, ["projectName", "fileName", "text"]],
  ["import rules", importInputSchema, { projectSlug: "p", text: "# Plan", acceptedRules: [{ itemKey: "K", text: "t", metricKey: "m", comparator: "<", value: 1 }], priorityMap: { High: "P1" } }, ["acceptedRules.0.itemKey", "acceptedRules.0.text", "priorityMap.High\u0000"]],
  ["export view", API.exportView.schema, { q: "x", category: "c" }, ["q", "category"]],
  ["search API", API.search.schema, { q: "x" }, ["q"]],
  ["items API", API.listItems.schema, { q: "x", category: "c" }, ["q", "category"]],
];

function poison(input: Record<string, unknown>, path: string): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (last.endsWith("\u0000")) {
    // A record key: the NUL is in the key itself.
    const [value] = Object.values(at);
    for (const k of Object.keys(at)) delete at[k];
    at[last] = value;
  } else at[last] = NUL;
  return copy;
}

describe("U+0000 in text", () => {
  it.each(CASES)("%s: the valid input passes", (_name, schema, valid) => {
    expect(schema.safeParse(valid).error?.issues).toBeUndefined();
  });

  // A field marked * has a format (an e-mail address, a key) whose own check refuses the NUL.
  for (const [name, schema, valid, fields] of CASES) {
    it.each(fields)(`${name}: %s is refused by name`, (marked) => {
      const field = marked.replace(/\*$/, "");
      const result = schema.safeParse(poison(valid, field));
      expect(result.success).toBe(false);
      const issues = result.error!.issues.flatMap((i) => [i, ...("issues" in i ? (i.issues as z.core.$ZodIssue[]).map((sub) => ({ ...sub, path: [...i.path, ...sub.path] })) : [])]);
      const onField = issues.filter((i) => i.path.join(".") === field);
      expect(onField).not.toEqual([]);
      if (!marked.endsWith("*")) expect(onField.map((i) => i.message)).toContain(NUL_MESSAGE);
    });
  }

  it("the backlog URL drops a NUL search or category with a message, keeping the rest", () => {
    const { query, warnings } = parseBacklogQuery({ q: NUL, category: NUL, status: "blocked" });
    expect(query.q).toBeUndefined();
    expect(query.category).toBeUndefined();
    expect(query.status).toEqual(["blocked"]);
    expect(warnings).toEqual([`Ignored category: ${NUL_MESSAGE}.`, `Ignored q: ${NUL_MESSAGE}.`]);
  });

  it("a sign-in destination with a NUL goes home", () => {
    expect(signInSchema.parse({ email: "a@example.com", password: "pw", next: "/backlog\u0000" }).next).toBe("/");
  });
});

describe("Markdown nested too deeply", () => {
  const deep = `${"- ".repeat(5000)}x`;
  const message = `Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels (lists or quotes) at line 1; flatten it`;

  it("the 10 KB comment that froze the server is refused, by name", () => {
    expect(deep.length).toBeLessThan(20_000);
    const result = commentSchema.safeParse({ itemId: ID, body: deep });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["body"], message })]);
    expect(invalidInput(result.error!, commentSchema).message).toBe(message);
  });

  it.each<[string, z.ZodType, Record<string, unknown>, string]>([
    ["description", createItemSchema, { title: "T", projectId: ID }, "description"],
    ["runbook body", createRunbookSchema, { title: "T" }, "body"],
    ["runbook save", saveRunbookSchema, { id: ID, version: 1, title: "T" }, "body"],
    ["runbook import", importRunbookSchema, {}, "markdown"],
    ["pasted plan", importInputSchema, { projectSlug: "p" }, "text"],
  ])("%s is refused, by name", (_name, schema, rest, field) => {
    const result = schema.safeParse({ ...rest, [field]: `fine\n\n${"> ".repeat(MAX_MARKDOWN_DEPTH + 1)}x` });
    const issue = result.error?.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toContain(`Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels (lists or quotes) at line 3`);
    expect(schema.safeParse({ ...rest, [field]: `${"> ".repeat(MAX_MARKDOWN_DEPTH)}x` }).success).toBe(true);
  });
});
