import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { workflowStates } from "./workflow-states";

describe("workflow states (Pivotal's scale)", () => {
  it("reads a column of Pivotal states on its scale", () => {
    const read = workflowStates(["Accepted", "Finished", "Delivered", "Started", "Rejected"]);
    expect(read?.("Accepted")).toBe("done");
    expect(read?.("Finished")).toBe("in_progress");
    expect(read?.("Delivered")).toBe("in_progress");
    expect(read?.("Rejected")).toBe("not_started");
  });

  it("leaves other state columns alone", () => {
    expect(workflowStates(["Finished", "Started"])).toBeNull();
    expect(workflowStates(["Accepted", "Open"])).toBeNull();
    expect(workflowStates(["Unstarted"])).toBeNull();
  });

  it("reads a pasted story table", () => {
    const doc = "## Sprint\n\n| Story | State |\n|---|---|\n| Pay by card | Accepted |\n| Log in | Finished |\n| Search | Unstarted |\n";
    const items = parsePlan(doc).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Pay by card", "done"],
      ["Log in", "in_progress"],
      ["Search", "not_started"],
    ]);
  });

  it("negative: a plain table's Finished is done", () => {
    const doc = "## Tasks\n\n| Task | Status |\n|---|---|\n| Write docs | Finished |\n| Ship it | Started |\n";
    expect(parsePlan(doc).items.map((i) => i.status)).toEqual(["done", "in_progress"]);
  });
});
