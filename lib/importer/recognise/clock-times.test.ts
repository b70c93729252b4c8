import { describe, expect, it } from "vitest";
import { isClockTime } from "./clock-times";

describe("clock times", () => {
  it("reads times of day and ranges of them", () => {
    for (const c of ["09:00", "14:00–15:30", "10：00", "8:15 am"]) expect(isClockTime(c)).toBe(true);
  });
  it("does not read versions, sizes or sentences as times", () => {
    for (const c of ["1.2.3", "2.10", "v2.10", "Call at 09:00", "3 h", "2026-05-01"]) expect(isClockTime(c)).toBe(false);
  });
});
