import type { Heading, Text } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown";
import { parsePlan } from "./parse";
import { kindOf, sectionFromHeading } from "./sections";

// a code review's "Nits" section holds findings to fix (optional ones, still work).
describe("a review's Nits heading", () => {
  it("holds findings to fix", () => {
    const md = "# Review of #512\n\n### Must fix\n1. Missing permission check\n\n### Nits (take or leave)\n- `userId` vs `user_id` naming\n- typo in the help text\n\n### Questions\n- Why a new table?\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Missing permission check", "userId vs user_id naming", "typo in the help text"]);
  });
});

// sectionFromHeading keeps its reading per heading node (documentShape and readHeading each read it).
describe("a heading read more than once", () => {
  const headingOf = (md: string) => parseMarkdown(md).children.find((n): n is Heading => n.type === "heading")!;

  it("reads the same each time, and each caller gets its own section", () => {
    const node = headingOf("## P1 — Billing › Invoices\n");
    const first = sectionFromHeading(node);
    first.kind = "notes";
    first.segments.push("changed by a caller");
    const second = sectionFromHeading(node);
    expect(second).toEqual({ ...first, kind: sectionFromHeading(headingOf("## P1 — Billing › Invoices\n")).kind, segments: first.segments.slice(0, -1) });
    expect(second.priorityLabel).toBe("P1");
    expect(second.segments).not.toContain("changed by a caller");
  });

  it("reads a node again once its text has changed", () => {
    const node = headingOf("## Done\n");
    expect(sectionFromHeading(node).status).toBe("done");
    (node.children[0] as Text).value = "Ideas";
    const again = sectionFromHeading(node);
    expect(again.raw).toBe("Ideas");
    expect(again.status).toBeNull();
  });
});

// "### P0 — критично" under "## Задачи": the token and its own level word say the priority twice and
// name no group, so the entries keep the heading above as their category.
describe("a priority token glossed by its level word", () => {
  const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.category]);
  it("gives the priority and no category of its own", () => {
    const md = "# План\n\n## Задачи\n\n### P0 — критично\n- [ ] Синтетические проверки\n\n### P1 - High\n- [ ] SLO for search\n";
    expect(read(md)).toEqual([
      ["Синтетические проверки", "P0", ["Задачи"]],
      ["SLO for search", "P1", ["Задачи"]],
    ]);
  });
  it("keeps a name or a horizon after the token as the category", () => {
    const md = "# Plan\n\n## P4: Nice things\n- [ ] Dark theme\n\n## P2 — Nice to have\n- [ ] Lineage\n";
    expect(read(md).map((r) => r[2])).toEqual([["Nice things"], ["Nice to have"]]);
  });
});

// "### GPU quota per team" under "## P1": the closing "team" says what the work is divided by; "## Our team" is still notes.
describe("a heading that counts its closing word out", () => {
  it("is not a notes section", () => {
    expect(kindOf("GPU quota per team", null, null)).not.toBe("notes");
    expect(kindOf("Dashboards for each team", null, null)).not.toBe("notes");
    expect(kindOf("Our team", null, null)).toBe("notes");
    expect(kindOf("Open questions", null, null)).toBe("notes");
  });
});
