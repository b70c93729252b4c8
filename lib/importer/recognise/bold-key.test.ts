import { describe, expect, it } from "vitest";
import { splitBoldKeys } from "./bold-key";

describe("bold tracker keys", () => {
  it("splits bold keys that the document repeats with different numbers", () => {
    expect(splitBoldKeys(["**WEB-77** Checkout button overlaps the footer", "__WEB-81:__ Rotar certificados"])).toEqual([
      { key: "WEB-77", title: "Checkout button overlaps the footer" },
      { key: "WEB-81", title: "Rotar certificados" },
    ]);
  });

  it("leaves a bold title, a lone key-like word or a bare key alone", () => {
    expect(splitBoldKeys(["**Checkout** button overlaps the footer", "**UTF-8** support in exports"])).toEqual([null, null]);
    expect(splitBoldKeys(["**WEB-77**", "**WEB-78**"])).toEqual([null, null]);
  });
});
