import { describe, expect, it } from "vitest";
import { currentShareProgress, progressOf } from "./progress-parens";
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

describe("currentShareProgress", () => {
  it("reads a share reached so far of work as under way", () => {
    expect(currentShareProgress("모든 서비스를 ArgoCD로 이전 (현재 60%)")).toBe("in_progress");
    expect(currentShareProgress("move every service to ArgoCD (currently 60%)")).toBe("in_progress");
  });
  it("leaves a measure's starting point and other parentheses alone", () => {
    expect(currentShareProgress("단위 테스트 커버리지 40% 이상 (현재 12%)")).toBeNull();
    expect(currentShareProgress("raise test coverage (currently 12%)")).toBeNull();
    expect(currentShareProgress("canary first (5%)")).toBeNull();
    expect(currentShareProgress("move services (currently on Jenkins)")).toBeNull();
  });
});
