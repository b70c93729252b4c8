import { describe, expect, it } from "vitest";
import { withoutOrdinalPhase } from "./ordinal-phases";

describe("phases numbered by an ordinal before the phase word", () => {
  it("drops the ordinal and the phase word, keeping a leading mark", () => {
    expect(withoutOrdinalPhase("1. fázis: Gyors győzelmek")).toBe("Gyors győzelmek");
    expect(withoutOrdinalPhase("🧱 2. fázis: Strukturális javítások")).toBe("🧱 Strukturális javítások");
    expect(withoutOrdinalPhase("2. posms: Migrācija")).toBe("Migrācija");
    expect(withoutOrdinalPhase("3. etapp — Viimistlus")).toBe("Viimistlus");
  });

  it("keeps headings that only start with a number", () => {
    expect(withoutOrdinalPhase("2. fázis")).toBe("2. fázis");
    expect(withoutOrdinalPhase("1. Gyors győzelmek")).toBe("1. Gyors győzelmek");
    expect(withoutOrdinalPhase("Phase 1: Foundations")).toBe("Phase 1: Foundations");
    expect(withoutOrdinalPhase("2. Phasenplan erstellen")).toBe("2. Phasenplan erstellen");
  });
});
