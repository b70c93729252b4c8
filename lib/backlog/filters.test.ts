import { describe, expect, it } from "vitest";
import { backlogSearchParams, backlogViewSchema, DEFAULT_QUERY, parseBacklogQuery, queryOfView, viewSearchParams } from "./filters";

// The view schema is the page's filter model read strictly (for exports): the same fields and
// values, but a bad one is refused by name instead of ignored.

describe("backlogViewSchema", () => {
  const url = "project=core&priority=P0,untriaged&status=blocked&severity=high&assignee=me&category=Security&overdue=1&sla=at_risk&q=deploy&sort=due&dir=desc";

  it("reads a backlog URL into the same query the page runs (first page)", () => {
    const params = Object.fromEntries(new URLSearchParams(url));
    expect(queryOfView(backlogViewSchema.parse(params))).toEqual({ ...parseBacklogQuery(params).query, page: 1, size: DEFAULT_QUERY.size });
  });

  it("round-trips through the export link's query string, which drops only the page and size", () => {
    const { query } = parseBacklogQuery(new URLSearchParams(`${url}&page=3&size=100`));
    const link = viewSearchParams(query);
    expect(link.toString()).toBe(backlogSearchParams({ ...query, page: 1, size: DEFAULT_QUERY.size }).toString());
    expect(queryOfView(backlogViewSchema.parse(Object.fromEntries(link)))).toEqual({ ...query, page: 1, size: DEFAULT_QUERY.size });
  });

  it("refuses a bad value naming the field, ignores empty ones and parameters that are not filters", () => {
    const bad = backlogViewSchema.safeParse({ priority: "P0,P9" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["priority", 1]);
    expect(bad.error?.issues[0]?.message).toMatch(/^priority must be one of/);
    expect(backlogViewSchema.safeParse({ assignee: "someone" }).error?.issues[0]).toMatchObject({ path: ["assignee"], message: "assignee must be me, none or a user id" });
    expect(backlogViewSchema.parse({ priority: "", format: "csv", page: "2" })).toEqual({});
  });
});
