import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("quoted comments under a task", () => {
  it("takes a comment opening with a state as the open task's state", () => {
    const md = [
      "## Build",
      "",
      "- [ ] Connect the payment provider",
      "  > Sam: on hold until the contract is signed",
      "- [ ] Migrate the newsletter list",
      "  > Blocked: the export keeps timing out",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.status)).toEqual(["blocked", "blocked"]);
  });

  it("negative: a comment that only talks, or says done under an open box, changes nothing", () => {
    const md = [
      "## Build",
      "",
      "- [ ] Connect the payment provider",
      "  > Sam: the sandbox keys are in the vault",
      "- [ ] Migrate the newsletter list",
      "  > Ana: done, I think?",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.status, i.done])).toEqual([
      ["not_started", false],
      ["not_started", false],
    ]);
  });
});
