import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { remarkIsTitle } from "./fields-first";

describe("fields first, title after the dash", () => {
  it("reads a story line copied key and fields first", () => {
    const md = ["## Sprint 7", "", "- ab-101 · feature · 2 pts — Send receipts by e-mail", "- ab-102 · bug · 1 pt — Totals round to whole euros", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Send receipts by e-mail", "Totals round to whole euros"]);
  });

  it("needs a key opening the line and every segment a field", () => {
    expect(remarkIsTitle(["PAY-12", "bug", "2 pts"], true, "Refunds fail on retry")).toBe(true);
    expect(remarkIsTitle(["bug", "2 pts"], true, "Refunds fail on retry", true)).toBe(true);
    // Negative: no key — a label then a remark is the usual title · field — remark line.
    expect(remarkIsTitle(["docs", "2 pts"], true, "tidy up later")).toBe(false);
    expect(remarkIsTitle(["PAY-12", "Refunds fail"], false, "on retry")).toBe(false);
  });

  it("negative: a title first keeps its remark after the fields", () => {
    const md = ["## Tasks", "", "- Rotate the signing keys · High — agreed with security", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([["Rotate the signing keys", "P1"]]);
  });
});
