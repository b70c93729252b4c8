import { describe, expect, it } from "vitest";
import { PROJECT_SLUG } from "@/lib/projects/slug-pattern";
import { parseBacklogQuery } from "./filters";
import { readBacklogQuery } from "./query";

// The browser reads the backlog's URL with readBacklogQuery (no zod); the server with
// parseBacklogQuery (zod, with warnings). Both must give the same query for any URL.

const VALUES: Record<string, string[]> = {
  project: ["health-todos", " health-todos ", "Health", "-x", "a".repeat(63), "a".repeat(64), ""],
  priority: ["P0", "P0,P1", " P1 , untriaged ", "P0,,P2", "P9", "P0,P9", ",", "P0,P1,P2,P3,untriaged", "P0,P0,P0,P0,P0,P0"],
  status: ["done", "not_started,in_progress,blocked", "nope", "done,"],
  severity: ["high", "critical,low", "High"],
  assignee: ["me", "none", "ME", "someone", "0b9f1f6e-3c2a-4d5e-8f90-1234567890ab", "0b9f1f6e-3c2a-9d5e-8f90-1234567890ab", "00000000-0000-0000-0000-000000000000", " me"],
  category: ["Security", "  Security  ", "   ", "a\u0000b", "x".repeat(200), "x".repeat(201), ` ${"x".repeat(200)} `],
  overdue: ["1", "true", "0", "yes", "TRUE"],
  sla: ["overdue", "at_risk,on_track", "late"],
  q: ["P1-0 login", "  spaced  ", "a\u0000", "q".repeat(200), "q".repeat(201)],
  sort: ["due", "title", "nope", "DUE", " due"],
  dir: ["asc", "desc", "up", "DESC"],
  page: ["1", "2", "0", "-1", "1.5", "abc", " 3 ", "1e3", "0x10", "10000", "10001", "Infinity", "2.0"],
  size: ["25", "50", "100", "30", "abc", " 25", "25.0", "1e2"],
};

describe("readBacklogQuery", () => {
  it("keeps the project pattern in step with lib/projects/slug-pattern.ts", () => {
    expect(PROJECT_SLUG.source).toBe("^[a-z0-9][a-z0-9-]{0,62}$");
  });

  it("reads every single value as parseBacklogQuery does", () => {
    for (const [name, values] of Object.entries(VALUES)) {
      for (const value of values) {
        const params = new URLSearchParams({ [name]: value });
        expect(readBacklogQuery(params), `${name}=${JSON.stringify(value)}`).toEqual(parseBacklogQuery(params).query);
      }
    }
  });

  it("reads combined, repeated and record-shaped parameters as parseBacklogQuery does", () => {
    const names = Object.keys(VALUES);
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 500; i++) {
      const params = new URLSearchParams();
      for (let j = 0; j < 1 + next(5); j++) {
        const name = names[next(names.length)]!;
        params.append(name, VALUES[name]![next(VALUES[name]!.length)]!);
      }
      expect(readBacklogQuery(params), params.toString()).toEqual(parseBacklogQuery(params).query);
      const record = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)]));
      expect(readBacklogQuery(record)).toEqual(parseBacklogQuery(record).query);
    }
  });
});
