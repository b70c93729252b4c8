import { describe, expect, it } from "vitest";
import { parseBacklogQuery } from "@/lib/backlog/filters";
import { describeBacklogFilters, filterLine } from "@/lib/backlog/filter-words";

const lookups = {
  projects: [{ slug: "health-todos", name: "Health todos" }],
  users: [{ id: "6f1c3a52-8d1e-4c3b-9a57-2f9e0c4b7d11", name: "Erin Engineer" }],
};
const words = (params: Record<string, string>) => filterLine(describeBacklogFilters(parseBacklogQuery(params).query, lookups));

describe("describeBacklogFilters", () => {
  it("names every filter in the filter bar's words", () => {
    expect(words({ project: "health-todos", priority: "P0,P1", status: "not_started", assignee: "me" })).toBe(
      "Project: Health todos · Priority: P0, P1 · Status: Not started · Assignee: me",
    );
    expect(words({ q: "vault", severity: "critical,high", assignee: "none", category: "Security", priority: "untriaged" })).toBe(
      "Search: “vault” · Priority: Untriaged · Severity: Critical, High · Assignee: Unassigned · Category: Security",
    );
  });

  it("reads overdue and the SLA states as one group, each once", () => {
    expect(words({ overdue: "1", sla: "overdue,at_risk" })).toBe("SLA: Overdue, At risk");
    expect(words({ sla: "on_track,none" })).toBe("SLA: On track, No SLA");
  });

  it("names a user by name, and a project or user it cannot find without failing", () => {
    expect(words({ assignee: lookups.users[0]!.id })).toBe("Assignee: Erin Engineer");
    expect(words({ assignee: "0b6f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", project: "gone" })).toBe("Project: gone · Assignee: a user no longer listed");
  });

  it("adds the sort and the page only when they are not the default", () => {
    expect(words({})).toBe("All items, no filters");
    expect(words({ sort: "priority", dir: "asc", page: "1" })).toBe("All items, no filters");
    expect(words({ sort: "due", dir: "desc", page: "3" })).toBe("Sorted by: Due, descending · Page: 3");
  });
});
