import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { capitalStateOf } from "./capital-state-cells";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a state in capitals closing a cell of a table with no state column", () => {
  it("marks the row", () => {
    const md = "## Action items\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n| Shorten the alert window | detect | sre | CHK-2233 **DONE** |\n| Add a config rollback | mitigate | tooling | CHK-2234 |\n";
    expect(read(md)).toEqual([
      ["Shorten the alert window", "done"],
      ["Add a config rollback", "not_started"],
    ]);
  });

  it("a lower-case word in a cell's prose does not", () => {
    expect(capitalStateOf(["Tune the pager", "the alert is done"], 0)).toBeNull();
    expect(capitalStateOf(["DONE list cleanup", "ops"], 0)).toBeNull();
  });
});
