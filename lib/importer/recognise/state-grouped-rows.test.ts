import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const pasted = `# Sprint 9

Backlog
WEB-40    Cache the font files on the CDN          Low      Chore
WEB-44    Login button overlaps footer on iPad     High     Bug

Doing
WEB-31    Move the search box into the header      Medium   Feature

Closed
WEB-22    Drop the old cookie banner               Urgent   Chore
`;

describe("state-grouped rows", () => {
  it("reads each row in the state of the line above its group, one table across the groups", () => {
    const items = parsePlan(pasted).items.map((i) => [i.title, i.status, i.priority]);
    expect(items).toEqual([
      ["Cache the font files on the CDN", "not_started", "P3"],
      ["Login button overlaps footer on iPad", "not_started", "P1"],
      ["Move the search box into the header", "in_progress", "P2"],
      ["Drop the old cookie banner", "done", "P0"],
    ]);
  });
  it("does not read a state word over sentences as a group of rows", () => {
    const prose = "# Notes\n\nDone\nWe moved the office.  It took a week.  Nobody liked it.\n";
    expect(parsePlan(prose).items.map((i) => i.title)).not.toContain("Drop the old cookie banner");
    expect(parsePlan(prose).items.every((i) => i.status !== "done")).toBe(true);
  });
});
