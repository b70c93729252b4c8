import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { stateOnly } from "../status-words";
import { gappedLine } from "./gapped-cells";

const read = (md: string) => parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.status]);

describe("a tracker list copied with wide gaps between its cells", () => {
  it("reads each line alone: key, priority, title, then labels after a middle dot", () => {
    expect(gappedLine("WEB-1184  Urgent  Editor loses selection  · Bug · Nov 28")).toMatchObject({ key: "WEB-1184", title: "Editor loses selection", priorityLabel: "Critical", tail: "Bug · Nov 28" });
    expect(gappedLine("APP-7  No priority  Investigate slow load")).toMatchObject({ title: "Investigate slow load", priorityLabel: null, fields: true });
    expect(gappedLine("OPS-12\tIn Review\tRotate the keys")).toMatchObject({ title: "Rotate the keys", status: "in_progress" });
  });

  it("a trailing cell of @handles is the assignee, and an intake column (Triage, Icebox) is not started", () => {
    expect(gappedLine("APP-40  High  In Review  Retry uploads on flaky wifi  @ines")).toMatchObject({ title: "Retry uploads on flaky wifi", owners: "@ines", status: "in_progress" });
    expect(gappedLine("APP-41  No priority  Triage  Widget shows stale totals")).toMatchObject({ title: "Widget shows stale totals", status: "not_started", fields: true });
    expect(gappedLine("APP-42  Low  Icebox  Tablet layout  @ana, @li")).toMatchObject({ title: "Tablet layout", owners: "@ana, @li", status: "not_started" });
    const md = "Copied from our tracker:\n\nAPP-40  Urgent  In Progress  Retry uploads on flaky wifi  @ines\nAPP-41  No priority  Triage  Widget shows stale totals\nAPP-43  Low  Done  Rename the export button  @ana\n";
    expect(read(md)).toEqual([
      ["APP-40", "Retry uploads on flaky wifi", "P0", "in_progress"],
      ["APP-41", "Widget shows stale totals", null, "not_started"],
      ["APP-43", "Rename the export button", "P3", "done"],
    ]);
  });

  it("a handle inside the title or a word like Triage in a longer cell stays title", () => {
    expect(gappedLine("APP-44  High  Ask @ines about uploads")).toMatchObject({ title: "Ask @ines about uploads", owners: "" });
    expect(gappedLine("APP-45  Low  Triage the inbox  Alice Smith")).toBeNull();
    // title, then priority, then owner: a table's columns, not Linear's order
    expect(gappedLine("APP-46  Rotate the keys  High  @li")).toBeNull();
  });

  it("a line with two cells of other words is a table row, not this", () => {
    expect(gappedLine("WEB-1  Fix login  Alice Smith  Open")).toBeNull();
    expect(gappedLine("Fix login  High")).toBeNull();
  });

  it("the groups' state headings (with their sizes) give the state; one line under a heading is enough", () => {
    const md =
      "# Cycle 4\n\n### In Progress 2\nAPP-11  High  Offline mode loses photos  · Bug\nAPP-12  Low  Rename the settings tab\n\n### Todo 1\nAPP-13  Medium  Dark mode for the map\n\n### Canceled 1\nAPP-9  Low  Splash screen animation\n";
    expect(read(md)).toEqual([
      ["APP-11", "Offline mode loses photos", "P1", "in_progress"],
      ["APP-12", "Rename the settings tab", "P3", "in_progress"],
      ["APP-13", "Dark mode for the map", "P2", "not_started"],
      ["APP-9", "Splash screen animation", "P3", "wont_do"],
    ]);
  });

  it("in other languages", () => {
    const md = "# Sprint\n\n### En curso 2\nPAY-3  Alta  Reintentos del cobro\nPAY-4  Baja  Texto del recibo\n";
    expect(read(md)).toEqual([
      ["PAY-3", "Reintentos del cobro", "P1", "in_progress"],
      ["PAY-4", "Texto del recibo", "P3", "in_progress"],
    ]);
  });
});

describe("a state heading with the group's size after it", () => {
  it("is that state", () => {
    expect(stateOnly("In Progress 3")).toBe("in_progress");
    expect(stateOnly("Done 12")).toBe("done");
    expect(stateOnly("Sprint 3")).toBeNull();
  });
});
