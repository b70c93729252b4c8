import { describe, expect, it } from "vitest";
import { actionForPath, sectionOf } from "./nav-items";

describe("actionForPath", () => {
  it.each([
    ["/", "pages.dashboard"],
    ["/backlog?priority=P1", "pages.backlog"],
    ["/triage", "pages.triage"],
    ["/import/preview", "pages.import"],
    ["/admin", "pages.admin"],
    ["/admin/users", "pages.admin"],
    ["/administrator", "pages.dashboard"],
    ["/unknown", "pages.dashboard"],
  ])("%s needs %s", (path, action) => {
    expect(actionForPath(path)).toBe(action);
  });

  it("takes the first path segment as the section", () => {
    expect(sectionOf("/admin/users#x")).toBe("/admin");
    expect(sectionOf("/")).toBe("/");
  });
});
