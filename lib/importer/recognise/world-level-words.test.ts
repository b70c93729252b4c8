import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { findPriorityLabel } from "../priority";

// Made-up plans in Basque, Persian, Swahili, Georgian and Welsh: their priority nouns and levels.

describe("priority words of Basque, Urdu, Persian, Georgian, Swahili, Marathi, Tagalog and Welsh", () => {
  it.each([
    ["Lehentasuna: altua", "High"],
    ["ترجیح: درمیانی", "Medium"],
    ["اولویت: پایین", "Low"],
    ["პრიორიტეტი: მაღალი", "High"],
    ["Kipaumbele: Wastani", "Medium"],
    ["प्राधान्य: कमी", "Low"],
    ["Prayoridad: Mataas", "High"],
    ["Blaenoriaeth: Isel", "Low"],
  ])("%s → %s", (words, label) => expect(findPriorityLabel(words)).toBe(label));

  it("reads a trailing priority in parentheses on a checklist", () => {
    const md = "# Jaiak\n\n## Lanak\n\n- [ ] Kartelak inprimatu (lehentasuna: ertaina)\n- [x] Oholtza alokatu (lehentasuna: altua)\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Kartelak inprimatu", "P2", false],
      ["Oholtza alokatu", "P1", true],
    ]);
  });

  it("reads a Swahili field after a dash", () => {
    const md = "# Mpango\n\n## Kazi\n\n1. **Kukarabati choo cha shule** — Kipaumbele: Chini\n2. **Kununua madawati** — Kipaumbele: Juu\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Kukarabati choo cha shule", "P3"],
      ["Kununua madawati", "P1"],
    ]);
  });

  it("a level word inside a longer heading is not the heading's priority", () => {
    // "Uchel" (high) opening a Welsh heading about the high street, "Chini" (low) naming a place.
    expect(findPriorityLabel("Uchel stryd y dref", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("Chini ya mlima", { headingOnly: true })).toBeNull();
  });
});

describe("Icelandic levels and Planner's 重要", () => {
  it("reads a star legend in Icelandic, also on a struck entry", () => {
    const plan = "# Listi\n\nMikilvægi: ★★★ = mikið, ★★ = miðlungs, ★ = lítið (má bíða).\n\n## Öryggi\n\n- ★★★ Uppfæra Django í 5.1\n- ★ Forhlaða leturgerðir\n- ~~★★ Færa lykilorð í umhverfisbreytur~~ – búið 28. nóv.\n";
    const items = parsePlan(plan).items;
    expect(items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Uppfæra Django í 5.1", "P1", false],
      ["Forhlaða leturgerðir", "P3", false],
      ["Færa lykilorð í umhverfisbreytur", "P2", true],
    ]);
    expect(findPriorityLabel("重要")).toBe("High");
  });

  it("reads 重要 only as a value or beside a priority noun, not in a heading", () => {
    expect(findPriorityLabel("重要なお知らせ", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("Mikið verk", { headingOnly: true })).toBeNull();
  });
});
