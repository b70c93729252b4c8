import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_WIDTH, isColumnShown, OPTIONAL_COLUMNS, readColumnChoice } from "./columns";
import { setColumnsSchema } from "./columns-schema";

describe("backlog columns", () => {
  it("less important columns need more room", () => {
    const widths = OPTIONAL_COLUMNS.map((c) => DEFAULT_MIN_WIDTH[c].px);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
  });

  it("a 1366 px laptop's backlog (about 1080 px) shows SLA, due, assignee and project by default; a phone none of them", () => {
    const shown = (width: number) => OPTIONAL_COLUMNS.filter((c) => isColumnShown({}, c, width));
    expect(shown(1080)).toEqual(["sla", "due", "assignee", "project"]);
    expect(shown(990)).toEqual(["sla", "due", "assignee"]);
    expect(shown(358)).toEqual([]);
    expect(shown(1700)).toEqual(OPTIONAL_COLUMNS);
  });

  it("the user's choice wins over the width, per column", () => {
    const choice = { due: false, effort: true };
    expect(isColumnShown(choice, "due", 2000)).toBe(false);
    expect(isColumnShown(choice, "effort", 300)).toBe(true);
    expect(isColumnShown(choice, "assignee", 300)).toBe(false);
  });

  it("the menu may send only known optional columns, each shown or hidden, or null", () => {
    expect(setColumnsSchema.safeParse({ columns: { due: false, effort: true } }).success).toBe(true);
    expect(setColumnsSchema.safeParse({ columns: null }).success).toBe(true);
    expect(setColumnsSchema.safeParse({ columns: {} }).success).toBe(true);
    // Key, title, priority and status always show; anything else is not a column.
    for (const bad of [{ title: false }, { status: false }, { password_hash: true }, { due: "no" }, ["due"], "due"]) {
      const parsed = setColumnsSchema.safeParse({ columns: bad });
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Columns/);
    }
    // An inherited key is no key of the choice.
    expect(setColumnsSchema.parse({ columns: JSON.parse('{"__proto__": {"due": false}}') }).columns).not.toHaveProperty("due", false);
    expect(setColumnsSchema.safeParse({}).success).toBe(false);
  });

  it("reads a stored choice tolerantly: unknown columns and non-booleans are dropped", () => {
    expect(readColumnChoice({ due: false, title: false, gone: true, effort: "yes", sla: true })).toEqual({ due: false, sla: true });
    expect(readColumnChoice(null)).toEqual({});
    expect(readColumnChoice(["due"])).toEqual({});
    expect(readColumnChoice("due")).toEqual({});
  });
});
