import { describe, expect, it } from "vitest";
import { sentenceMetric } from "./metric-sentences";
import { postfixBound } from "./postfix-bounds";

// Targets written for this test, in several languages.

const brief = (text: string) => {
  const m = postfixBound(text);
  return m ? `${m.name} ${m.comparator} ${m.target}` : null;
};

describe("postfix bounds", () => {
  it("reads 'or more' and 'or less' after the figure", () => {
    expect(brief("Help articles: 90% satisfaction or higher")).toBe("Help articles >= 90");
    expect(brief("Uptime 99.9% or better")).toBe("Uptime >= 99.9");
    expect(brief("Wartezeit 3 Minuten oder weniger")).toBe("Wartezeit <= 3");
    expect(brief("Tevredenheid 80% of hoger")).toBe("Tevredenheid >= 80");
    expect(brief("Temps de réponse 2 s ou moins")).toBe("Temps de réponse <= 2");
    expect(sentenceMetric("Help articles: 90% satisfaction or higher")).toMatchObject({ name: "Help articles", comparator: ">=", target: 90 });
  });

  it("reads a closing zero count as at most zero", () => {
    expect(brief("Sev1 incidents 0")).toBe("Sev1 incidents <= 0");
    expect(brief("Open P0 bugs: 0")).toBe("Open P0 bugs <= 0");
    expect(brief("重大インシデント 0件")).toBe("重大インシデント <= 0");
  });

  it("reads nothing else", () => {
    for (const text of ["Ship 3 features or fewer risks", "Coverage 80%", "Version 10", "Budget 100", "Or more"]) expect(brief(text), text).toBeNull();
  });
});
