import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { ruledRows } from "./ruled-columns";

const fence = (lines: string[]) => ["## Triage", "", "```", ...lines, "```", ""].join("\n");

describe("ruled fixed-width listings", () => {
  it("cuts rows at the ruler's columns, even where a cell fills its column", () => {
    const rows = ruledRows(["Bug   State         Summary", "----  ------------  -------", "7     CLOSED WONTFIX Old export"]);
    expect(rows?.cells).toEqual([
      ["Bug", "State", "Summary"],
      ["7", "CLOSED WONTFIX", "Old export"],
    ]);
  });

  it("reads a bug list keyed by bare numbers", () => {
    const md = fence([
      "ID    Pri  Status          Summary",
      "----  ---  --------------  ---------------------------",
      "5012  P1   NEW             Crash when opening a locked file",
      "5020  P3   RESOLVED FIXED  Blurry icons on 4K screens",
    ]);
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.done])).toEqual([
      ["5012", "Crash when opening a locked file", "P1", false],
      ["5020", "Blurry icons on 4K screens", "P3", true],
    ]);
  });

  it("negative: a ruled tool output with no title and state columns is shown, not tracked", () => {
    const md = fence(["PID   USER   CPU   COMMAND", "----  -----  ----  -------", "4012  root   3.2   nginx", "4013  www    0.4   php-fpm"]);
    expect(parsePlan(md).items).toEqual([]);
  });
});
