import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { levelPriorities, priorityOrderOf, statedPriorityOrder } from "./priority-order";

describe("a document's stated priority order", () => {
  it("reads the levels of an order line, with arrows or '>', after a lead-in naming priorities", () => {
    expect(priorityOrderOf("Severity scale: Blocker → Major → Minor → Trivial")).toEqual(["Blocker", "Major", "Minor", "Trivial"]);
    expect(priorityOrderOf("Prioridades: alta > media > baja.")).toEqual(["alta", "media", "baja"]);
    // Least urgent first with "<".
    expect(priorityOrderOf("Priorität: niedrig < mittel < hoch < kritisch")).toEqual(["kritisch", "hoch", "mittel", "niedrig"]);
    // A sequence of steps is not a scale.
    expect(priorityOrderOf("Flow: Design → Build → Ship")).toBeNull();
    expect(priorityOrderOf("latency > 5 s > budget")).toBeNull();
  });

  it("known words keep their level; unknown ones take their place between them; none known counts down", () => {
    // Major is a known word (Jira's default scale: Major = High), so it keeps P1.
    expect(levelPriorities(["Blocker", "Major", "Minor", "Trivial"])).toEqual(["P0", "P1", "P3", "P3"]);
    expect(levelPriorities(["Hotfix", "Critical", "Major", "Normal", "Minor"])).toEqual(["P0", "P0", "P1", "P2", "P3"]);
    expect(levelPriorities(["Gold", "Silver", "Bronze", "Tin", "Lead"])).toEqual(["P0", "P1", "P2", "P3", "P3"]);
    expect(statedPriorityOrder("Priority key: Gold > Silver > Bronze").get("silver")).toBe("P1");
  });

  it("an order line in a plain list is the scale, not an entry", () => {
    const md = "# Plan\n\n## Tasks\n\n- Fix login (High)\n- Prioridades: alta > media > baja\n- Severity scale: Blocker → Major → Minor\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix login"]);
  });

  it("maps the document's own words on items, and the order line is not an item", () => {
    const md = [
      "# Support queue",
      "",
      "| Ticket | Summary | Urgency | State |",
      "|---|---|---|---|",
      "| 41 | Refund stuck in pending | Hotfix | open |",
      "| 42 | Invoice PDF has wrong VAT | Major | open |",
      "| 43 | Typo in the welcome mail | Cosmetic | open |",
      "",
      "Urgency: Hotfix → Critical → Major → Normal → Cosmetic",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Refund stuck in pending", "P0"],
      ["Invoice PDF has wrong VAT", "P1"],
      ["Typo in the welcome mail", "P3"],
    ]);
  });

  it("reads level initials in an order as their words, and other letters by their place", () => {
    const table = (order: string, a: string, b: string) => `# Audit\n\nPriority: ${order}\n\n| Finding | Priority |\n|---|---|\n| Open port | ${a} |\n| Weak TLS | ${b} |\n`;
    expect(parsePlan(table("H > M > L", "H", "L")).items.map((i) => i.priority)).toEqual(["P1", "P3"]);
    expect(parsePlan(table("A > B > C", "A", "C")).items.map((i) => i.priority)).toEqual(["P0", "P2"]);
  });
});
