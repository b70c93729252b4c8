import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { asksForHelp } from "./help-wanted";

// Headings and documents written for this test.

describe("help-wanted headings", () => {
  it("are named in several languages and dressings", () => {
    for (const h of ["Help wanted", "🙋 Help wanted!", "Good first issues", "Up for grabs (4)", "Help wanted: docs", "Hilfe gesucht", "Hjælp søges", "Se busca ayuda", "Нужна помощь", "協力者募集", "**Contributions wanted**"])
      expect(asksForHelp(h), h).toBe(true);
  });

  it("are not headings that only mention help", () => {
    for (const h of ["Help wanted posters for the fair", "How to ask for help", "Getting help", "Help", "Support", "Wanted features we declined", "Hilfe"])
      expect(asksForHelp(h), h).toBe(false);
  });

  it("make a contributing guide's open list work, and leave its setup and release steps alone", () => {
    const doc = [
      "# Contributing to Tinyfmt",
      "",
      "## Getting started",
      "",
      "1. Clone the repository",
      "2. Run `make test`",
      "",
      "## Good first issues",
      "",
      "- **Colour output on Windows** `good first issue` — the ANSI codes show raw",
      "- **A `--check` flag** — exit 1 when a file would change",
      "",
      "## Cutting a release",
      "",
      "1. Tag the commit",
      "2. Publish the crate",
      "",
    ].join("\n");
    const { items } = parsePlan(doc);
    expect(items.map((i) => [i.title, i.category])).toEqual([
      ["Colour output on Windows", ["Good first issues"]],
      ["A --check flag", ["Good first issues"]],
    ]);
  });
});
