import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("checklist lines typed with box glyphs", () => {
  it("reads each line as a task, the label above as its category, owner and date out of the title", () => {
    const md = [
      "# Team offsite",
      "",
      "Group: Venue",
      "☑ Book the lodge in Tatra — Marta — 3 May",
      "☐ Confirm the catering menu — Piotr — 10 May",
      "☐ Arrange the shuttle bus — Marta",
      "",
      "Group: Agenda",
      "☐ Draft the workshop schedule — Piotr",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.category, i.done])).toEqual([
      ["Book the lodge in Tatra", ["Venue"], true],
      ["Confirm the catering menu", ["Venue"], false],
      ["Arrange the shuttle bus", ["Venue"], false],
      ["Draft the workshop schedule", ["Agenda"], false],
    ]);
    expect(items[1]!.description).toContain("Piotr");
  });

  it("reads other glyphs and another language; a label naming a state sets the state of open boxes", () => {
    const md = ["# Umzug", "", "Spalte: Erledigt", "□ Kartons bestellen - Jana", "□ Nachsendeauftrag stellen - Jana", "", "Liste: Offen", "□ Schlüssel übergeben", "✘ Klavier mitnehmen", ""].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Kartons bestellen", "done"],
      ["Nachsendeauftrag stellen", "done"],
      ["Schlüssel übergeben", "not_started"],
      ["Klavier mitnehmen", "wont_do"],
    ]);
    expect(items[2]!.category).toEqual([]);
  });

  it("filled shapes are ticks beside hollow ones, a label on its own paragraph still groups the lines", () => {
    const md = "# Launch\n\nSection: Docs\n\n● Write the changelog\n○ Record the demo video\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.done, i.category])).toEqual([
      ["Write the changelog", true, ["Docs"]],
      ["Record the demo video", false, ["Docs"]],
    ]);
  });

  it("a single ticked line in prose is not a checklist", () => {
    expect(parsePlan("# Notes\n\n✓ We met on Tuesday and agreed on the plan.\n").items).toEqual([]);
  });
});
