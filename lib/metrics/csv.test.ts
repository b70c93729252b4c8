import { describe, expect, it } from "vitest";
import { parseCsv, parseTime, parseValue } from "./csv";

const NOW = new Date("2026-12-04T12:00:00Z");

describe("metric CSV", () => {
  it("reads time,value rows with or without a header, notes optional", () => {
    const withHeader = parseCsv("time,value,note\n2026-12-01T10:00:00Z,49,after fix\n2026-12-02,47\n", NOW);
    expect(withHeader.header).toBe(true);
    expect(withHeader.errors).toEqual([]);
    expect(withHeader.points).toEqual([
      { value: 49, recordedAt: new Date("2026-12-01T10:00:00Z"), note: "after fix" },
      { value: 47, recordedAt: new Date("2026-12-02T00:00:00Z"), note: "" },
    ]);
    const bare = parseCsv("1764583200,12.5\n", NOW);
    expect(bare.header).toBe(false);
    expect(bare.points[0]).toMatchObject({ value: 12.5, recordedAt: new Date(1764583200 * 1000) });
  });

  it("takes semicolons, quoted cells, a BOM, percentages and thousands separators", () => {
    const out = parseCsv('\uFEFFdate;value\n"2026-11-30";"87.5%"\n2026-12-01;1,234\n', NOW);
    expect(out.delimiter).toBe(";");
    expect(out.points.map((p) => p.value)).toEqual([87.5, 1234]);
  });

  it("reports every bad row by line and keeps no partial result usable", () => {
    const out = parseCsv("time,value\n2026-12-01,1\nyesterday,2\n2026-12-02,abc\n2030-01-01,3\n", NOW);
    expect(out.errors).toEqual([
      { line: 3, message: expect.stringMatching(/time 'yesterday' is not a date/) },
      { line: 4, message: "value 'abc' is not a number" },
      { line: 5, message: "time 2030-01-01 is in the future; send the time the value was measured" },
    ]);
  });

  it("holds values and times to the API's limits, with its messages", () => {
    const out = parseCsv("2026-12-01,1e16\n2026-12-01,-1.7976931348623157e308\n2026-12-01,1e15\n1999-12-31,1\n0001-01-01,1\n", NOW);
    expect(out.errors).toEqual([
      { line: 1, message: "value 1e16 must be between -1e15 and 1e15" },
      { line: 2, message: "value -1.7976931348623157e308 must be between -1e15 and 1e15" },
      { line: 4, message: "time 1999-12-31 is before 2000; send the time the value was measured" },
      { line: 5, message: "time 0001-01-01 is before 2000; send the time the value was measured" },
    ]);
    expect(out.points.map((p) => p.value)).toContain(1e15);
  });

  it("refuses an empty file", () => {
    expect(parseCsv("time,value\n", NOW).errors[0]!.message).toMatch(/no rows/);
  });

  it("parses times and values strictly", () => {
    expect(parseTime("2026-12-04 14:02")).toEqual(new Date("2026-12-04T14:02"));
    expect(parseTime("1764583200000")).toEqual(new Date(1764583200000));
    expect(parseTime("12/04/2026")).toBeNull();
    expect(parseValue("1e3")).toBe(1000);
    expect(parseValue("Infinity")).toBeNull();
    expect(parseValue("NaN")).toBeNull();
    expect(parseValue("")).toBeNull();
    expect(parseValue("-0.5")).toBe(-0.5);
  });
});
