import { describe, expect, it } from "vitest";
import { findPriorityLabel } from "../priority";
import { namesNextTimebox } from "./next-timebox";

describe("namesNextTimebox", () => {
  it("reads the coming sprint, iteration or release as the Next horizon", () => {
    for (const h of ["Next sprint", "Nästa sprint (v. 12)", "Prochaine itération", "다음 스프린트", "Sprint tiếp theo", "Næste release: 4.2"]) expect(namesNextTimebox(h)).toBe(true);
    expect(findPriorityLabel("Next sprint", { headingOnly: true })).toBe("Short term");
  });

  it("does not read other phrases with the same words", () => {
    for (const h of ["Next steps", "Sprint review", "Next sprint planning agenda", "Release notes", "Nächste Schritte"]) expect(namesNextTimebox(h)).toBe(false);
  });
});
