import { describe, expect, it } from "vitest";
import { summaryText } from "./details-summary";

describe("the name a details block's summary gives its group", () => {
  it("reads the summary's text without tags and remarks in parentheses", () => {
    expect(summaryText("<details>\n<summary><strong>Hoch</strong> (owner: Ida)</summary>")).toBe("Hoch");
  });

  it("gives nothing for HTML that opens no summary", () => {
    expect(summaryText("<details open>")).toBeNull();
    expect(summaryText("</details>")).toBeNull();
  });
});
