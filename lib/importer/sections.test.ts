import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";

// a code review's "Nits" section holds findings to fix (optional ones, still work).
describe("a review's Nits heading", () => {
  it("holds findings to fix", () => {
    const md = "# Review of #512\n\n### Must fix\n1. Missing permission check\n\n### Nits (take or leave)\n- `userId` vs `user_id` naming\n- typo in the help text\n\n### Questions\n- Why a new table?\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Missing permission check", "userId vs user_id naming", "typo in the help text"]);
  });
});
