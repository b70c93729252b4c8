import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { boxStatus, isBoxLabel } from "./box-lines";

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status, i.priority]);

describe("box lines typed in a plain-text note", () => {
  it("reads the usual ways of typing a box", () => {
    expect(["", " ", "x", "v", "✓", "√", "~", "-"].map(boxStatus)).toEqual(["not_started", "not_started", "done", "done", "done", "done", "in_progress", "wont_do"]);
    expect(read("[] Call the plumber\r\n[v] Pay the rent\r\n")).toEqual([
      ["Call the plumber", "not_started", null],
      ["Pay the rent", "done", null],
    ]);
  });

  it("takes a label line right above the boxes as their group", () => {
    expect(isBoxLabel("Kitchen:")).toBe(true);
    expect(isBoxLabel("URGENT")).toBe(true);
    expect(isBoxLabel("We still have to do these things.")).toBe(false);
    expect(read("URGENT\n[ ] Call the plumber\n[x] Pay the rent\n")).toEqual([
      ["Call the plumber", "not_started", "P0"],
      ["Pay the rent", "done", "P0"],
    ]);
  });

  it("does not read a sentence over box lines, or a bracketed aside, as a note of boxes", () => {
    expect(parsePlan("We talked about many things and then\n[ ] Call the plumber\n[x] Pay the rent\n").items).toHaveLength(0);
    expect(parsePlan("[*] starred in the old tool\n[*] also starred\n").items).toHaveLength(0);
  });
});
