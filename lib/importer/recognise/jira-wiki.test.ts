import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { jiraWikiToMarkdown } from "./jira-wiki";

describe("Jira wiki markup pasted into a plan", () => {
  it("writes headings, bullets, numbered entries, struck text and macros as Markdown, line for line", () => {
    const jira = ["h1. Release 9", "h2. Scope", "* *ABC-1* Fix the login", "** a sub-step", "# Numbered one", "{quote}Ask Ria first.{quote}", "{code}", "# not a list", "{code}", "-ABC-7 Old banner- dropped"].join("\n");
    expect(jiraWikiToMarkdown(jira).split("\n")).toEqual([
      "# Release 9",
      "## Scope",
      "- *ABC-1* Fix the login",
      "   - a sub-step",
      "1. Numbered one",
      "> Ask Ria first.",
      "```",
      "# not a list",
      "```",
      "~~ABC-7 Old banner~~ dropped",
    ]);
  });

  it("reads a sprint page: keys go, Jira priorities rank, a struck entry with 'won't fix' is won't do", () => {
    const jira = ["h1. Sprint 3", "", "h2. Committed", "* *WEB-12* Cache the menu (Major)", "", "h2. Stretch", "# WEB-14 Dark mode toggle", "", "h2. Carry-over", "* -WEB-9 Flash fallback- won't fix, nobody uses Flash", ""].join("\n");
    expect(parsePlan(jira).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Cache the menu", "P1", "not_started"],
      ["Dark mode toggle", null, "not_started"],
      ["Flash fallback", null, "wont_do"],
    ]);
  });

  it("leaves Markdown alone, even one that names a heading 'h2.' once", () => {
    const md = "# Plan\n\n- [ ] write h2. styles\n\n```\nh1. x\nh2. y\n```\n";
    expect(jiraWikiToMarkdown(md)).toBe(md);
    expect(jiraWikiToMarkdown("h2. only one\n\n- a - b -\n")).toBe("h2. only one\n\n- a - b -\n");
  });
});
