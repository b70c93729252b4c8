import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { findPriorityLabel } from "../priority";
import { statusWordIn } from "../status-words";

// Made-up plans in Serbian, Croatian, Slovenian, Bulgarian and Malay: their priority and status words.

describe("priority and status words of South Slavic languages and Malay", () => {
  it.each([
    ["Hitno", "Critical"],
    ["Visok", "High"],
    ["Srednji", "Medium"],
    ["Nizak", "Low"],
    ["Висока", "High"],
    ["Нисък", "Low"],
    ["Sederhana", "Medium"],
  ])("%s → %s", (word, label) => expect(findPriorityLabel(word)).toBe(label));

  it.each([
    ["U toku", "in_progress"],
    ["Nije započeto", "not_started"],
    ["Završeno", "done"],
    ["Odustali smo — prihvaćen rizik", "wont_do"],
    ["У току", "in_progress"],
    ["chiusa", "done"],
    ["aperta", "not_started"],
  ])("%s → %s", (words, status) => expect(statusWordIn(words)).toBe(status));

  it("a level word inside a longer title is not a priority of the heading", () => {
    expect(findPriorityLabel("Visoka dostupnost baze", { headingOnly: true })).toBeNull();
  });

  it("reads a Croatian measures table", () => {
    const md =
      "# Plan mjera\n\n## Mjere\n\n| ID | Mjera | Prioritet | Status |\n|---|---|---|---|\n| M1 | Šifrirati bazu | Visok | U tijeku |\n| M2 | Obrisati stare zapise | Nizak | Završeno |\n| M3 | Preseliti hosting | Srednji | Odustali smo |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Šifrirati bazu", "P1", "in_progress"],
      ["Obrisati stare zapise", "P3", "done"],
      ["Preseliti hosting", "P2", "wont_do"],
    ]);
  });
});
