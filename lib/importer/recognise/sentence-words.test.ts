import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { sentenceGoesOn } from "./sentence-words";

describe("a code span that is the sentence's object, in other languages", () => {
  it("knows the function words", () => {
    expect(sentenceGoesOn("Audit SEO des balises <title> et")).toBe(true);
    expect(sentenceGoesOn("Umstieg von npm auf")).toBe(true);
    expect(sentenceGoesOn("Migrar de moment a")).toBe(true);
    expect(sentenceGoesOn("Hero obrázky servírovat jako AVIF s")).toBe(true);
    expect(sentenceGoesOn("Перейти з")).toBe(true);
    expect(sentenceGoesOn("Crash on empty config")).toBe(false);
    // A word that only ends in the letter is no preposition: "… fix items `bug`" still closes on a label.
    expect(sentenceGoesOn("Fix broken items")).toBe(false);
  });

  it("keeps the span in the title; a label after the title still goes", () => {
    const md = ["# Tâches", "", "- Audit SEO des balises `<title>` et `meta description`", "- Umstieg von `npm` auf `pnpm`", "- Crash bei leerer Konfiguration `bug`", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Audit SEO des balises <title> et meta description", "Umstieg von npm auf pnpm", "Crash bei leerer Konfiguration"]);
  });
});
