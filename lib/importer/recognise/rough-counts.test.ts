import { describe, expect, it } from "vitest";
import { isRoughCountRemark } from "./rough-counts";

describe("a rough count in parentheses", () => {
  it("is a remark when it says how things stand", () => {
    expect(isRoughCountRemark("about 30 of them without tests")).toBe(true);
    expect(isRoughCountRemark("etwa 12 Server ohne Besitzer")).toBe(true);
  });

  it("is the size of the work when it is only a figure and its unit", () => {
    expect(isRoughCountRemark("ca. 25 Stück")).toBe(false);
    expect(isRoughCountRemark("about 60 units")).toBe(false);
    expect(isRoughCountRemark("30 of them without tests")).toBe(false);
  });
});
