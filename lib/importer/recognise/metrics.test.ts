import { describe, expect, it } from "vitest";
import { parseClause } from "./metrics";

// Targets read from a plan become metric definitions, so they keep to the range a lead could type
// (lib/metrics/limits.ts): a number beyond it is not a target.

describe("metric targets in a plan", () => {
  it("reads a bound within the value range", () => {
    expect(parseClause("< 200ms", "Response time")).toMatchObject({ comparator: "<", target: 200, unit: "ms" });
    expect(parseClause("< 1000000000000000", "Errors")).toMatchObject({ target: 1e15 });
  });

  it.each([
    ["20 digits", "< 99999999999999999999"],
    ["400 digits (Infinity as a double)", `< ${"9".repeat(400)}`],
  ])("is no target for a bound of %s", (_, clause) => {
    expect(parseClause(clause, "Errors")).toBeNull();
  });
});
