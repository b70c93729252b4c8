import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.category, i.done]);

describe("collapsible <details> blocks", () => {
  it("a numbered list in a block is work when its sibling blocks hold task lists; the summary is its group", () => {
    const md =
      "# Upgrade\n\n<details>\n<summary><b>Stream 1 — Tooling</b> (owner: Felix) ✅</summary>\n\n- [x] Pin the provider\n\n</details>\n\n" +
      "<details>\n<summary><b>Stream 2 — Rollout</b></summary>\n\n1. Upgrade the sandbox\n2. Upgrade production\n\n</details>\n\n## Things to watch\n\n- Plan noise after the split.\n";
    expect(read(md)).toEqual([
      ["Pin the provider", ["Stream 1 — Tooling"], true],
      ["Upgrade the sandbox", ["Stream 2 — Rollout"], false],
      ["Upgrade production", ["Stream 2 — Rollout"], false],
    ]);
  });

  it("without task lists in any block, a plain list in one is not read as work", () => {
    expect(read("# Notes\n\n<details>\n<summary>Background</summary>\n\n- We use Terraform.\n\n</details>\n")).toEqual([]);
  });
});
