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
