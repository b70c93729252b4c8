import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_WIDTH, OPTIONAL_COLUMNS } from "@/lib/backlog/columns";
import { CELL_CLASS } from "./backlog-cells";

// The table's column rules live in CSS (backlog-table.css); the widths and the menu's idea of what
// shows live in lib/backlog/columns.ts. These hold the two in step.
const css = readFileSync(join(import.meta.dirname, "backlog-table.css"), "utf8");

/** The cell classes each `@container (min-width: Npx)` block shows. */
function shownFrom(): Map<number, string[]> {
  const blocks = new Map<number, string[]>();
  for (const m of css.matchAll(/@container \(min-width: (\d+)px\) \{\s*& :is\(th, td\):is\(([^)]*)\) \{\s*display: table-cell;/g)) {
    blocks.set(Number(m[1]), m[2]!.split(",").map((c) => c.trim().replace(/^\./, "")));
  }
  return blocks;
}

describe("backlog-table.css", () => {
  it("shows each optional column from its own default width up, and key, priority and SLA from 560 px", () => {
    const blocks = shownFrom();
    for (const column of OPTIONAL_COLUMNS) expect(blocks.get(DEFAULT_MIN_WIDTH[column].px), column).toContain(CELL_CLASS[column]);
    expect(blocks.get(560)).toEqual(expect.arrayContaining([CELL_CLASS.key, CELL_CLASS.priority]));
    const shownClasses = [...blocks.values()].flat().sort();
    expect(shownClasses).toEqual([...OPTIONAL_COLUMNS.map((c) => CELL_CLASS[c]), CELL_CLASS.key, CELL_CLASS.priority].sort());
  });

  it("hides every optional column below its width, and lets the user's choice win both ways", () => {
    const hidden = /& :is\(th, td\):is\(([^)]*)\) \{\s*display: none;/.exec(css)![1]!.split(",").map((c) => c.trim().replace(/^\./, ""));
    expect(hidden.sort()).toEqual([...OPTIONAL_COLUMNS.map((c) => CELL_CLASS[c]), CELL_CLASS.key, CELL_CLASS.priority].sort());
    for (const column of OPTIONAL_COLUMNS) {
      expect(css, column).toContain(`.backlog-table[data-show~="${column}"] :is(th, td).${CELL_CLASS[column]}`);
      expect(css, column).toContain(`.backlog-table[data-hide~="${column}"] :is(th, td).${CELL_CLASS[column]}`);
    }
  });
});
