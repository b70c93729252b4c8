import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { stateThenWhere } from "./state-then-where";

// Made-up status values: a state, then when or where it happened.

describe("a labelled state followed by its circumstance", () => {
  it.each([
    ["closed at the audit", "done"],
    ["chiusa in sede di audit", "done"],
    ["erledigt im Review", "done"],
    ["blocked since the vendor call", "blocked"],
    ["in progress during the freeze", "in_progress"],
  ])("%s → %s", (value, status) => expect(stateThenWhere(value)).toBe(status));

  it.each(["done with the old API, now the new one", "concept ready, build starts in week 2", "waiting", "the team closed it in May"])("%s is no single state", (value) =>
    expect(stateThenWhere(value)).toBeNull(),
  );

  it("reads the state of a plain field line under a record heading", () => {
    const md = "# Audit\n\n## Findings\n\n### Stale accounts\n\nEvidence: 4 old accounts.  \nDue: 30 days · Status: closed at the closing meeting\n\n### No restore test\n\nEvidence: none in a year.  \nDue: 90 days · Status: open\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Stale accounts", "done"],
      ["No restore test", "not_started"],
    ]);
  });
});
