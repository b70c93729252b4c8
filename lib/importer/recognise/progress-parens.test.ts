import { describe, expect, it } from "vitest";
import { progressOf } from "./progress-parens";
import { tidyTitle } from "./title-tails";

describe("progress reports in parentheses", () => {
  it("drops a figure of progress and reads the work as under way", () => {
    const t = tidyTitle("Port the level editor (Ana: 40%, menus left)", false, new Set());
    expect(t.title).toBe("Port the level editor");
    expect(t.status).toBe("in_progress");
    expect(progressOf("bereits 35 % erledigt")).toBe("in_progress");
    expect(progressOf("đã xong 20 %")).toBe("in_progress");
  });

  it("keeps a percentage that says what to do", () => {
    expect(progressOf("5%")).toBeNull();
    expect(progressOf("3G / 10% packet loss")).toBeNull();
    expect(tidyTitle("Roll out to a canary (10% of traffic)", false, new Set()).title).toBe("Roll out to a canary (10% of traffic)");
  });
});
