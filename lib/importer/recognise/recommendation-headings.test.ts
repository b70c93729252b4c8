import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesRecommendations } from "./recommendation-headings";

describe("a recommendations heading holds work", () => {
  it("names the heading in several languages, alone or with a remark", () => {
    expect(namesRecommendations("Recommendations (not tied to a finding)")).toBe(true);
    expect(namesRecommendations("Empfehlungen: Betrieb")).toBe(true);
    expect(namesRecommendations("Zalecenia")).toBe(true);
    expect(namesRecommendations("改进建议")).toBe(true);
  });

  it("reads the list under it as items beside the audit's other work", () => {
    const md = "# Audit\n\n## Findings\n\n- [ ] Fix the focus trap\n\n## Recommendations\n\n- Add a keyboard check to the release checklist.\n- Train the content team on alt text.\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix the focus trap", "Add a keyboard check to the release checklist.", "Train the content team on alt text."]);
  });

  it("does not take a heading that only starts like one", () => {
    expect(namesRecommendations("Recommendation engine")).toBe(false);
    expect(namesRecommendations("Recommended reading")).toBe(false);
  });
});
