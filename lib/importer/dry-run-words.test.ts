import { describe, expect, it } from "vitest";
import { checklistWords, describeChanges, shapeWords } from "./dry-run-words";

describe("describeChanges", () => {
  it("names each field as the page does, with from → to values", () => {
    expect(
      describeChanges([
        { field: "priority", from: "P2", to: "P1" },
        { field: "status", from: "not_started", to: "done" },
        { field: "title", from: "Fix login", to: "Fix the login page" },
        { field: "severity", from: null, to: "high" },
        { field: "effortHours", from: 4, to: 16 },
        { field: "category", from: ["Security"], to: ["Security", "Auth"] },
        { field: "description", from: "a", to: "b" },
      ]),
    ).toEqual([
      "Priority: P2 → P1",
      "Status: Not started → Done",
      "Title: “Fix login” → “Fix the login page”",
      "Severity: none → High",
      "Effort: 4 h → 2 d",
      "Category: Security → Security › Auth",
      "Description: rewritten",
    ]);
  });

  it("folds the document's own priority label into the priority line", () => {
    expect(
      describeChanges([
        { field: "priority", from: null, to: "P0" },
        { field: "priorityLabel", from: "Low", to: "Critical" },
      ]),
    ).toEqual(["Priority: Untriaged → P0 (as written: “Low” → “Critical”)"]);
    expect(describeChanges([{ field: "priorityLabel", from: "Priority 1", to: "High" }])).toEqual(["Priority as written: “Priority 1” → “High”"]);
    expect(
      describeChanges([
        { field: "priority", from: "P2", to: "P1" },
        { field: "priorityLabel", from: "P2", to: "P1" },
      ]),
    ).toEqual(["Priority: P2 → P1"]);
  });

  it("never shows a field name or an enum value", () => {
    const lines = describeChanges([
      { field: "status", from: "wont_do", to: "in_progress" },
      { field: "effortHours", from: null, to: 2 },
      { field: "priorityLabel", from: null, to: "P1" },
    ]).join("\n");
    expect(lines).not.toMatch(/wont_do|in_progress|effortHours|priorityLabel|null/);
  });

  it("cuts a long title at a word", () => {
    const long = "Replace the hand-rolled session store with the database-backed one and migrate every caller";
    const [line] = describeChanges([{ field: "title", from: "Short", to: long }]);
    expect(line).toMatch(/^Title: “Short” → “Replace the hand-rolled session store with the\S*…”$/);
  });
});

describe("checklistWords", () => {
  const e = (kind: "acceptance" | "action" | "file", text: string, done = false) => ({ kind, text, done });

  it("summarises per kind in words", () => {
    expect(
      checklistWords(
        [e("acceptance", "Tests pass"), e("acceptance", "Docs updated", true), e("action", "Old step")],
        [e("acceptance", "Tests pass", true), e("acceptance", "Docs updated"), e("acceptance", "New criterion"), e("file", "src/a.ts")],
      ),
    ).toBe("Acceptance criteria: 1 added, 1 now done, 1 reopened; Action items: 1 removed; Files: 1 added");
  });

  it("says a reorder is a reorder", () => {
    expect(checklistWords([e("action", "a"), e("action", "b")], [e("action", "b"), e("action", "a")])).toBe("Checklist: reordered");
  });
});

describe("shapeWords", () => {
  it("names the recognised shapes in words", () => {
    expect(shapeWords(["records", "sla-table", "something-new"])).toEqual(["item records", "an SLA table", "something new"]);
  });
});
