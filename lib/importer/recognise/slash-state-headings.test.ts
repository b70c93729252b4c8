import { describe, expect, it } from "vitest";
import { slashHeadingState } from "./slash-state-headings";

describe("slashHeadingState", () => {
  it("reads a column named twice by the state one name says", () => {
    expect(slashHeadingState("✅ Publicado / Hecho")).toBe("done");
    expect(slashHeadingState("Live / Done")).toBe("done");
  });

  it("says nothing for headings without a state name or with two different states", () => {
    expect(slashHeadingState("Frontend / Backend")).toBeNull();
    expect(slashHeadingState("Done / Blocked")).toBeNull();
    expect(slashHeadingState("Fatto")).toBeNull();
  });
});
