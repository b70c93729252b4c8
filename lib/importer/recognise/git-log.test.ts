import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { markedCommits } from "./git-log";

// Logs and documents written for this test.

describe("git logs with marked commits", () => {
  it("give the TODO and WIP commits as items, the others not", () => {
    const md = [
      "# Where the branch stands",
      "",
      "```",
      "$ git log --oneline main..feature",
      "9f3e2a1 (HEAD -> feature) WIP: merge edited and deleted notes",
      "c81d0b4 TODO: persist the retry queue",
      "77ab912 add queue tests",
      "```",
      "",
      "Also not in the log:",
      "- ask Mira about tombstones",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["merge edited and deleted notes", "in_progress"],
      ["persist the retry queue", "not_started"],
      ["ask Mira about tombstones", "not_started"],
    ]);
  });

  it("are only blocks of commit lines", () => {
    expect(markedCommits("9f3e2a1 TODO: x\nnot a commit line")).toBeNull();
    expect(markedCommits("9f3e2a1 TODO: x")).toBeNull();
    expect(markedCommits("a2d91c7 fix flaky clock test\n1b6f0e2 bump idb")).toEqual([]);
  });
});
