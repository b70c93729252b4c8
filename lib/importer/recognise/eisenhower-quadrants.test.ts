import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { eisenhowerQuadrant } from "./eisenhower-quadrants";

describe("Eisenhower matrix quadrants as headings", () => {
  it("ranks the four quadrants in the matrix's order; the last is not to be done", () => {
    const md = [
      "# This week",
      "",
      "## Important and urgent — do it now",
      "- Renew the office lease",
      "",
      "## Important but not urgent",
      "- Draft the hiring plan",
      "",
      "## Urgent / not important — delegate",
      "- Order printer toner",
      "",
      "## Not urgent, not important",
      "- Tidy the wiki sidebar",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status, i.category])).toEqual([
      ["Renew the office lease", "P0", "not_started", []],
      ["Draft the hiring plan", "P1", "not_started", []],
      ["Order printer toner", "P2", "not_started", []],
      ["Tidy the wiki sidebar", "P3", "wont_do", []],
    ]);
    expect(eisenhowerQuadrant("Wichtig, nicht dringend")?.label).toBe("High");
    expect(eisenhowerQuadrant("Neither — skip")?.status).toBe("wont_do");
  });

  it("is no quadrant without both urgency and importance, or a short 'neither'", () => {
    expect(eisenhowerQuadrant("Urgent")).toBeNull();
    expect(eisenhowerQuadrant("Important dates")).toBeNull();
    expect(eisenhowerQuadrant("Schedule")).toBeNull();
    expect(eisenhowerQuadrant("Neither vendor met the deadline in the last quarter")).toBeNull();
  });
});
