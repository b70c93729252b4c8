import { describe, expect, it } from "vitest";
import { alphabetMisfit, prefersCentralEuropean } from "./code-pages";

describe("code pages", () => {
  it("prefers Windows-1250 when its reading fits one alphabet (Hungarian ő, ű)", () => {
    expect(prefersCentralEuropean("Felhasználónév-felderítés a hibaüzenetbõl, letölthetõ", "Felhasználónév-felderítés a hibaüzenetből, letölthető")).toBe(true);
    expect(prefersCentralEuropean("Zale¿noœci, ³¹cze", "Zależności, łącze")).toBe(true);
  });
  it("keeps Windows-1252 for Western text that reads the same or worse in 1250", () => {
    expect(prefersCentralEuropean("Größe, Übergabe", "Größe, Übergabe")).toBe(false);
    expect(prefersCentralEuropean("Très bientôt, à côté", "Trčs bientôt, ŕ côté")).toBe(false);
    expect(prefersCentralEuropean("Kødpålæg, være", "Křdpĺlćg, vćre")).toBe(false);
  });
  it("counts nothing for plain ASCII", () => {
    expect(alphabetMisfit("plain text")).toBe(0);
  });
});
