import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { glyphEntryField } from "./glyph-entry-fields";

describe("indented field lines under a glyph line", () => {
  it("are the fields of the entry above, not a new group", () => {
    const md = "Section: Build\n○ Wire the payment form\n    Assignee: Kim\n    Priority: High\n    Status: Blocked — waiting for the sandbox keys\n✓ Draft the FAQ\n    Assignee: Lee\n○ Order the banners\n    Due date: 12/05\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status, i.category])).toEqual([
      ["Wire the payment form", "P1", "blocked", ["Build"]],
      ["Draft the FAQ", null, "done", ["Build"]],
      ["Order the banners", null, "not_started", ["Build"]],
    ]);
  });

  it("a tick wins over a status field", () => {
    const md = "○ Plan the launch\n✓ Send the invites\n    Status: In progress\n";
    expect(parsePlan(md).items.map((i) => i.status)).toEqual(["not_started", "done"]);
  });

  it("an unindented label line still names a group, and a wrapped sentence is no field", () => {
    expect(glyphEntryField("Section: Launch")).toBeNull();
    expect(glyphEntryField("    and then we talk to the printer about it")).toBeNull();
    expect(glyphEntryField("  Prioridade: Média")?.priorityLabel).toBe("Medium");
  });
});
