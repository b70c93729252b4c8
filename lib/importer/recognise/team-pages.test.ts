import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isTeamPage } from "./team-pages";

// Pages written for this test.

describe("a team's wiki page", () => {
  it("is known by two of its own sections, in any language", () => {
    expect(isTeamPage(["What we do", "How we work", "Say hello"])).toBe(true);
    expect(isTeamPage(["저희가 하는 일", "연락 방법", "팀원"])).toBe(true);
    expect(isTeamPage(["Was wir tun", "Kontakt"])).toBe(true);
    expect(isTeamPage(["团队职责", "联系我们"])).toBe(true);
  });

  it("is not a plan with one such section, nor the same section twice", () => {
    expect(isTeamPage(["Tasks", "Contact"])).toBe(false);
    expect(isTeamPage(["Contact", "Contact"])).toBe(false);
    expect(isTeamPage(["What we do next", "Risks"])).toBe(false);
  });

  it("gives no items: what the team runs and who is in it are no tasks", () => {
    const md = "# Data team\n\nHello from the data team.\n\n## What we own\n\n- The warehouse\n- Run the nightly loads\n\n## Members\n\n- Ana (lead)\n- Bo\n";
    expect(parsePlan(md).items).toEqual([]);
  });

  it("still holds work under a section named as work", () => {
    const md = "# Data team\n\n## What we own\n\n- The warehouse\n\n## Contact\n\n- #data-help\n\n## Next steps\n\n- Move the loads to Airflow\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Move the loads to Airflow"]);
  });
});
