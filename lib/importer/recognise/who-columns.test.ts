import { describe, expect, it } from "vitest";
import { isWhoHeader } from "./who-columns";

describe("who columns", () => {
  it("reads the question word 'who' as an owner header in several languages", () => {
    for (const h of ["Who", "Wer", "Hvem", "Vem", "Kdo", "Quién", "Кто", "誰"]) expect(isWhoHeader(h)).toBe(true);
  });
  it("does not read a longer header that merely contains the word", () => {
    for (const h of ["Who benefits", "Wer zahlt was", "Hvemsomhelst", "What", "Hva"]) expect(isWhoHeader(h)).toBe(false);
  });
});
