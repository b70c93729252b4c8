import { describe, expect, it } from "vitest";
import { isVerdictColumn } from "./test-verdicts";

describe("test verdict columns", () => {
  it("reads a column of pass / fail / skipped verdicts as a test run", () => {
    expect(isVerdictColumn(["✅ Pass", "❌ Fail", "⏭ Skipped", ""])).toBe(true);
    expect(isVerdictColumn(["Bestanden", "Fehlgeschlagen"])).toBe(true);
  });
  it("does not read a column of work states, or of failures alone, as a test run", () => {
    expect(isVerdictColumn(["Done", "Open", "In progress"])).toBe(false);
    expect(isVerdictColumn(["Fail", "Fail"])).toBe(false);
    expect(isVerdictColumn(["Pass", "Open"])).toBe(false);
  });
});
