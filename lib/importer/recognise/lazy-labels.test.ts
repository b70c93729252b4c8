import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("bold labels a list swallowed", () => {
  it("split the key results from the initiatives written right under them", () => {
    const md = [
      "# OKR Q1",
      "",
      "## Objective 1: Reach more schools",
      "**Key results**",
      "- KR1: Install at least 12 filters",
      "**Initiatives**",
      "- Survey 20 schools",
      "- Train the teachers",
      "",
    ].join("\n");
    const result = parsePlan(md);
    expect(result.items.map((i) => [i.title, i.line])).toEqual([
      ["Survey 20 schools", 7],
      ["Train the teachers", 8],
    ]);
    expect(result.metrics.map((m) => m.target)).toEqual([12]);
  });

  it("read initiatives under an objective heading that reads as targets", () => {
    const md = ["# OKR", "", "## Mục tiêu 1: Gây quỹ", "**Kết quả then chốt**", "- KR1: Huy động tối thiểu 600 triệu đồng", "**Sáng kiến**", "- Chạy chiến dịch trên Facebook", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Chạy chiến dịch trên Facebook"]);
  });

  it("leave an entry's own bold continuation line in the entry", () => {
    const md = ["# Tasks", "", "- Book the hall", "  **before Friday**", "- Print the flyers", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Book the hall before Friday", "Print the flyers"]);
  });
});
