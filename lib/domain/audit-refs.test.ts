import { describe, expect, it } from "vitest";
import { idsNamedBy, refKindOf } from "./audit-refs";
import { readAuditRecord } from "./audit-record";

const U = "33333333-3333-4333-8333-333333333333";
const P = "44444444-4444-4444-8444-444444444444";

describe("the ids an audit row names", () => {
  it("finds assignees, projects, linked items, runbooks and metrics, by kind", () => {
    expect(idsNamedBy(readAuditRecord({ action: "item.update", entityType: "item", before: { assigneeId: null, projectId: P }, after: { assigneeId: U, projectId: P } }))).toEqual([
      ["user", U],
      ["project", P],
      ["project", P],
    ]);
    expect(idsNamedBy(readAuditRecord({ action: "runbook.link_item", entityType: "runbook", before: null, after: { itemId: U } }))).toEqual([["item", U]]);
    expect(idsNamedBy(readAuditRecord({ action: "item.unlink", entityType: "item", before: { metric: null }, after: null }))).toEqual([]);
    // A row it cannot read still has its assignee named.
    expect(idsNamedBy(readAuditRecord({ action: "item.old", entityType: "item", before: { assigneeId: U }, after: {} }))).toEqual([["user", U]]);
  });

  it("looks up only well-formed ids, and only entities that have them", () => {
    expect(idsNamedBy(readAuditRecord({ action: "item.update", entityType: "item", before: { assigneeId: "x'; drop" }, after: { assigneeId: null } }))).toEqual([]);
    expect(refKindOf("api_token")).toBe("api_token");
    expect(refKindOf("workspace")).toBeNull();
  });
});
