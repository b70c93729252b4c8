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
    ["/runbooks/incident-response-playbook", "pages.runbooks"],
    ["/runbooks/incident-response-playbook/edit", "runbooks.edit"],
    ["/runbooks/incident-response-playbook/edit/", "runbooks.edit"],
    ["/runbooks/new?from=x", "runbooks.create"],
    ["/runbooks/incident-response-playbook/history", "pages.runbooks"],
    ["/metrics/new", "metrics.define"],
    ["/metrics/error_rate/edit", "metrics.define"],
    ["/metrics/error_rate?range=1y", "pages.metrics"],
    ["/account", "pages.account"],
    ["/account?tab=sessions", "pages.account"],
  ])("%s needs %s", (path, action) => {
    expect(actionForPath(path)).toBe(action);
  });

  it("takes the first path segment as the section", () => {
    expect(sectionOf("/admin/users#x")).toBe("/admin");
    expect(sectionOf("/")).toBe("/");
  });
});
