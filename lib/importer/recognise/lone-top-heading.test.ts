import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const cats = (text: string) => parsePlan(text).items.map((i) => i.category.join(" / "));

describe("a first heading every other heading nests under names the document", () => {
  it("is no category level when there is no H1", () => {
    const plan = ["## Release checklist — v4.12.0", "", "### Before branch cut", "", "- [ ] Update CHANGELOG.md", "", "### QA", "", "- [ ] Smoke test on Android", ""].join("\n");
    expect(cats(plan)).toEqual(["Before branch cut", "QA"]);
  });

  it("stays a category when it has a sibling, an H1 above it, or text before it", () => {
    const siblings = ["## Backend", "", "### API", "", "- [ ] Add rate limits", "", "## Frontend", "", "- [ ] Dark mode", ""].join("\n");
    expect(cats(siblings)).toEqual(["Backend / API", "Frontend"]);
    const titled = ["# Plan", "", "## Backend", "", "### API", "", "- [ ] Add rate limits", ""].join("\n");
    expect(cats(titled)).toEqual(["Backend / API"]);
    const intro = ["Notes from Tuesday.", "", "## Backend", "", "### API", "", "- [ ] Add rate limits", ""].join("\n");
    expect(cats(intro)).toEqual(["Backend / API"]);
  });

  it("stays a section when nothing nests under it", () => {
    expect(cats(["## Tasks", "", "- [ ] Add rate limits", ""].join("\n"))).toEqual(["Tasks"]);
  });
});
