import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { bannerLinesToHeadings, bannerOf } from "./banner-lines";

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.priority, i.status]);

describe("banner lines", () => {
  it("knows a banner by the runs around a short name", () => {
    expect(bannerOf("--- HIGH ---")).toEqual({ ch: "-", name: "HIGH" });
    expect(bannerOf("=== Küche / Bad ===")).toEqual({ ch: "=", name: "Küche / Bad" });
    expect(bannerOf("**bold title**")).toBeNull();
    expect(bannerOf("__init__")).toBeNull();
    expect(bannerOf("-----")).toBeNull();
    expect(bannerOf("--- this is where the old notes end. ---")).toBeNull();
  });

  const lines = ["Garage to-do", "", "--- HIGH ---", "[ ] Fix the door spring", "[x] Replace the bulb", "", "--- LOW ---", "[ ] Sort the screws", "", "--- DROPPED ---", "[ ] Paint the floor", ""];
  const expected = [
    ["Fix the door spring", "P1", "not_started"],
    ["Replace the bulb", "P1", "done"],
    ["Sort the screws", "P3", "not_started"],
    ["Paint the floor", null, "wont_do"],
  ];

  it("reads boxes under banners as grouped by them, with LF and CRLF line ends", () => {
    expect(read(lines.join("\n"))).toEqual(expected);
    expect(read(lines.join("\r\n"))).toEqual(expected);
  });

  it("reads them the same with blank lines between a banner and its lines", () => {
    const spaced = lines.flatMap((l) => (l.startsWith("---") ? [l, ""] : [l]));
    expect(read(spaced.join("\n"))).toEqual(expected);
    expect(read(spaced.join("\r\n"))).toEqual(expected);
  });

  it("never gives zero items for a note of bare boxes, with or without banners", () => {
    expect(parsePlan("[ ] Call the plumber\r\n[X] Pay the rent\r\n").items).toHaveLength(2);
    expect(parsePlan("=== Errands ===\n\n[ ] Call the plumber\n[ ] Pay the rent\n").items).toHaveLength(2);
  });

  it("keeps line numbers and labels a closing block in capitals", () => {
    const text = ["--- TODAY ---", "[ ] Water the plants", "", "--- LATER ---", "[ ] Clean the gutters", "", "NOTES", "- the ladder is in the shed", ""].join("\n");
    expect(bannerLinesToHeadings(text).split("\n")).toHaveLength(text.split("\n").length);
    const items = parsePlan(text).items;
    expect(items.map((i) => [i.title, i.line])).toEqual([
      ["Water the plants", 2],
      ["Clean the gutters", 5],
    ]);
  });

  it("leaves a single decorated line over prose alone, and fenced code", () => {
    const prose = "Intro\n\n-- signed, the team --\n\nThanks for reading.\n";
    expect(bannerLinesToHeadings(prose)).toBe(prose);
    const fenced = "```\n--- HIGH ---\n--- LOW ---\n```\n";
    expect(bannerLinesToHeadings(fenced)).toBe(fenced);
  });
});
