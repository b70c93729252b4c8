import { describe, expect, it } from "vitest";
import { updateItemSchema } from "@/lib/backlog/schemas";
import { changedFields, currentValues, errorsByField, parseCategory, toFormValues, type EditableItem } from "./edit-values";

// The reader's zone: far from UTC, so a test that ignored it would fail.
const ZONE = "Pacific/Auckland";

const item: EditableItem = {
  title: "Harness runbook",
  description: "Write it.\n\n- [ ] review",
  priority: "P1",
  severity: null,
  effortHours: 2,
  impact: null,
  assigneeId: null,
  dueAt: "2026-12-01T09:30:00.000Z",
  dueOverrideReason: null,
  categoryPath: ["Ops", "Runbooks"],
  projectId: "00000000-0000-4000-8000-000000000001",
};

describe("item edit form values", () => {
  it("an untouched form changes nothing", () => {
    expect(changedFields(toFormValues(item, ZONE), toFormValues(item, ZONE), ZONE)).toEqual({});
  });

  it("sends only the changed fields, converted to what the action expects", () => {
    const start = toFormValues(item, ZONE);
    const changes = changedFields(start, { ...start, title: "New", priority: "", severity: "high", effortHours: "3.5", impact: "4", categoryPath: "Ops > CI ›  Pipelines " }, ZONE);
    expect(changes).toEqual({ title: "New", priority: null, severity: "high", effortHours: 3.5, impact: 4, categoryPath: ["Ops", "CI", "Pipelines"] });
    // The payload passes the action's own schema.
    expect(updateItemSchema.safeParse({ id: item.projectId, version: 3, changes }).success).toBe(true);
  });

  it("reformatting the category separator is not a change", () => {
    const start = toFormValues(item, ZONE);
    expect(changedFields(start, { ...start, categoryPath: "Ops>Runbooks" }, ZONE)).toEqual({});
  });

  it("round-trips the due date through the local datetime input", () => {
    const start = toFormValues(item, ZONE);
    // 09:30 UTC is 22:30 the same day in Auckland (UTC+13 in December).
    expect(start.dueAt).toBe("2026-12-01T22:30");
    expect(changedFields(start, { ...start, dueAt: "" }, ZONE)).toEqual({ dueAt: null });
    const later = changedFields(start, { ...start, dueAt: "2027-01-02T08:15", dueOverrideReason: "vendor" }, ZONE);
    expect(later).toEqual({ dueAt: "2027-01-01T19:15:00.000Z", dueOverrideReason: "vendor" });
  });

  it("clears optional text with an empty field and leaves bad numbers for the server to name", () => {
    const start = toFormValues({ ...item, dueOverrideReason: "agreed", assigneeId: "00000000-0000-4000-8000-000000000002" }, ZONE);
    expect(changedFields(start, { ...start, dueOverrideReason: "  ", assigneeId: "" }, ZONE)).toEqual({ dueOverrideReason: null, assigneeId: null });
    const bad = changedFields(start, { ...start, effortHours: "abc" }, ZONE);
    expect(Number.isNaN(bad.effortHours)).toBe(true);
    const parsed = updateItemSchema.safeParse({ id: item.projectId, version: 1, changes: bad });
    expect(parsed.success).toBe(false);
  });

  it("maps server field errors onto form fields", () => {
    expect(errorsByField({ "changes.title": ["title: required"], "changes.categoryPath.0": ["too long"], projectId: ["key already used there"], version: ["x"] })).toEqual({
      title: ["title: required"],
      categoryPath: ["too long"],
      projectId: ["key already used there"],
    });
    expect(errorsByField(undefined)).toEqual({});
  });

  it("shows a conflict's current values readably", () => {
    const rows = currentValues(
      { title: "Theirs", assigneeId: "u1", projectId: "p9", categoryPath: ["A", "B"], dueAt: "2026-12-01T09:30:00.000Z", effortHours: 16, severity: null },
      ["title", "assigneeId", "projectId", "categoryPath", "dueAt", "effortHours", "severity"],
      { users: [{ id: "u1", name: "Eli" }], projects: [], formatTime: (iso) => `at ${iso}` },
    );
    expect(rows).toEqual([
      { label: "title", value: "Theirs" },
      { label: "assignee", value: "Eli" },
      { label: "project", value: "another project" },
      { label: "category", value: "A › B" },
      { label: "due", value: "at 2026-12-01T09:30:00.000Z" },
      { label: "effort", value: "2 d" },
      { label: "severity", value: "—" },
    ]);
  });

  it("parses categories with either separator", () => {
    expect(parseCategory(" A › B > C ")).toEqual(["A", "B", "C"]);
    expect(parseCategory("")).toEqual([]);
  });
});
