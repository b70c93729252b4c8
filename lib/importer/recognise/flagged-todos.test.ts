import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Notes written for this test.

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status]);

describe("lines flagged to do among plain notes", () => {
  it("are the items; the news around them is not", () => {
    const text = [
      "standup notes thu",
      "",
      "- staging is down since 9, ops looking",
      "- renew the wildcard cert before friday  <-- TODO",
      "- TODO: bump lodash (CVE-2026-0001)",
      "- FIXME the export drops the last row",
      "- todo: ask finance about the new PO form",
      "- onboarding doc done",
      "- sam out mon",
      "",
    ].join("\n");
    expect(read(text)).toEqual([
      ["renew the wildcard cert before friday", "not_started"],
      ["bump lodash (CVE-2026-0001)", "not_started"],
      ["the export drops the last row", "not_started"],
      ["ask finance about the new PO form", "not_started"],
    ]);
  });

  it("takes the flag off in other shapes: an arrow, a parenthesis", () => {
    expect(read("Notes\n\n- call the landlord ← todo tomorrow\n- order toner (TODO)\n- heating fixed\n")).toEqual([
      ["call the landlord", "not_started"],
      ["order toner", "not_started"],
    ]);
  });

  it("reads a flagged line under a notes heading, and leaves work and target lists to the other readers", () => {
    // Under "Tasks" every entry is work.
    expect(read("# Sprint\n\n## Tasks\n\n- TODO: bump lodash\n- write the release notes\n")).toHaveLength(2);
    // Under "Discussion" or "Risks" only the flagged line is, as a box would be.
    expect(read("# Minutes\n\n## Discussion\n\n- budget approved\n- TODO: Sam books the venue\n")).toEqual([["Sam books the venue", "not_started"]]);
    expect(read("# Plan\n\n## Risks\n\n- vendor may be late <-- TODO ask for a date\n- budget is tight\n")).toEqual([["vendor may be late", "not_started"]]);
    // A legend or targets are no place for it.
    expect(read("# Plan\n\n## Metrics\n\n- TODO: p95 under 300 ms\n")).toEqual([]);
  });

  it("does not take a line that only mentions a to-do as flagged", () => {
    expect(parsePlan("Notes\n\n- we talked about the todo app\n- the TODOs in the code are old\n- TODOS: nothing\n").shapes).not.toContain("flagged-todos");
  });
});
