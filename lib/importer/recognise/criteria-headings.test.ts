import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Gate and indicator headings (sections.ts): their lists are targets, not work. Made-up documents.

const metricsOf = (md: string) => parsePlan(md).metrics.map(({ name, comparator, target }) => `${name} ${comparator} ${target}`);

describe("criteria and indicator headings", () => {
  it("reads go/no-go and launch criteria as targets, not tasks", () => {
    const md = "# Release 2.1\n\n## Go/no-go criteria\n- Crash-free sessions ≥ 99.8%\n- No open P1 bugs\n";
    expect(metricsOf(md)).toEqual(["Crash-free sessions >= 99.8", "Open P1 bugs <= 0"]);
    expect(parsePlan(md).items).toEqual([]);
    expect(metricsOf("# Launch\n\n## Launch criteria\n- Error rate under 0.5%\n")).toEqual(["Error rate < 0.5"]);
  });

  it("reads a Korean indicators heading wherever the word stands", () => {
    expect(metricsOf("# 로드맵\n\n## 핵심 지표\n- 전환율 5% 이상\n- 오류율 1% 이하\n")).toEqual(["전환율 >= 5", "오류율 <= 1"]);
  });
});
