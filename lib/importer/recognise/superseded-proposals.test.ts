import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Threads written for this test.

const thread = (closing: string) =>
  [
    "# Next steps",
    "",
    "**Ana** 10:21",
    "proposal:",
    "1. quarantine flaky tests",
    "2. retry only the failed job",
    "",
    "**Bo** 10:30",
    "1 yes, 2 later",
    "",
    "**Ana** 11:05",
    closing,
    "- quarantine flaky tests with an owner",
    "",
  ].join("\n");

describe("superseded proposals", () => {
  it("give way to the list agreed later in the thread", () => {
    expect(parsePlan(thread("summary for the channel topic 👇")).items.map((i) => i.title)).toEqual(["quarantine flaky tests with an owner"]);
  });

  it("stay work when no later list is introduced as agreed", () => {
    expect(parsePlan(thread("one more thing:")).items.map((i) => i.title)).toEqual(["quarantine flaky tests", "retry only the failed job", "quarantine flaky tests with an owner"]);
  });
});
