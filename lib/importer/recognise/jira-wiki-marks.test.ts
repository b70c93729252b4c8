import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { jiraHeaderCells, jiraInline, jiraTables } from "./jira-wiki-marks";

// Pages written for this test.

describe("Jira wiki icons, lozenges, mentions and tables", () => {
  it("read as the marks, states, people and table they are", () => {
    const page = [
      "h1. Release checklist",
      "",
      "h2. Work",
      "",
      "||Task||Owner||Status||",
      "|Tag the release|[~ana]|(/) Done|",
      "|Write the notes|[~tom]|Open|",
      "",
      "h2. Backlog",
      "",
      "* (/) Freeze the branch",
      "* Update the docs {status:colour=Red|title=Blocked}",
    ].join("\n");
    const { items } = parsePlan(page);
    expect(items.map((i) => [i.title, i.done, i.status])).toEqual([
      ["Tag the release", true, "done"],
      ["Write the notes", false, "not_started"],
      ["Freeze the branch", true, "done"],
      ["Update the docs", false, "blocked"],
    ]);
  });

  it("leave Markdown and ordinary parentheses alone", () => {
    expect(jiraInline("Fix it (x2) and (maybe)")).toBe("Fix it (x2) and (maybe)");
    expect(jiraInline("[link](http://a) [~ana]")).toBe("[link](http://a) @ana");
    expect(jiraHeaderCells("| a | b |")).toBeNull();
    expect(jiraHeaderCells(`||${"a||".repeat(5000)}`)).toBeNull();
    // A header row with text right above it stays where it is: no line moves.
    expect(jiraTables(["Intro", "||A||B||"])).toEqual(["Intro", "||A||B||"]);
    expect(jiraTables(["", "||A||B||"])).toEqual(["| A | B |", "|---|---|"]);
  });

  it("are not read in a Markdown document", () => {
    const md = ["# Backlog", "", "- [ ] (/) is how Jira writes a tick", "- [ ] [~ana] is a mention"].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["(/) is how Jira writes a tick", "[~ana] is a mention"]);
  });
});
