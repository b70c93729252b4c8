import { describe, expect, it } from "vitest";
import { formatTarget, splitTarget, toHours } from "./target";

describe("SLA targets in words", () => {
  it("formats with the largest exact unit", () => {
    expect(formatTarget(24, "calendar")).toBe("24 hours");
    expect(formatTarget(72, "calendar")).toBe("3 days");
    expect(formatTarget(336, "calendar")).toBe("2 weeks");
    expect(formatTarget(36, "calendar")).toBe("36 hours");
    expect(formatTarget(120, "business")).toBe("1 business week");
    expect(formatTarget(72, "business")).toBe("3 business days");
    expect(formatTarget(4, "business")).toBe("4 business hours");
  });

  it("round-trips through the editor's amount and unit", () => {
    for (const [hours, calendar] of [[24, "calendar"], [168, "calendar"], [1008, "calendar"], [2190, "calendar"], [120, "business"], [13, "business"]] as const) {
      const { amount, unit } = splitTarget(hours, calendar);
      expect(toHours(amount, unit, calendar)).toBe(hours);
    }
    expect(toHours(2, "weeks", "business")).toBe(240);
    expect(toHours(1.5, "days", "calendar")).toBe(36);
  });
});
