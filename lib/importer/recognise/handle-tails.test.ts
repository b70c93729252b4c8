import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { bareHandleTail } from "./handle-tails";

describe("bareHandleTail: @handles closing a title without a dash", () => {
  it("are the owner, in any script", () => {
    expect(bareHandleTail("Rework the retry queue @mika")).toEqual({ index: 22, owner: "@mika" });
    expect(bareHandleTail("灰度发布方案评审 @张伟")?.owner).toBe("@张伟");
    expect(bareHandleTail("Pair on the flaky suite @ola, @ben")?.owner).toBe("@ola @ben");
  });

  it("stay when the sentence needs them, or are no handle at all", () => {
    for (const t of ["Hand the pager to @sre-oncall", "Send the notes cc @ana", "Release @scope/pkg@2.0.1", "Query the resolver @1.1.1.1", "@mika"]) expect(bareHandleTail(t), t).toBeNull();
  });

  it("leave the title and go to the description", () => {
    const items = parsePlan(["## Tasks", "", "- [ ] Rework the retry queue @mika", "- [ ] Hand the pager to @sre-oncall", ""].join("\n")).items;
    expect(items.map((i) => [i.title, i.description])).toEqual([
      ["Rework the retry queue", "Owner: @mika"],
      ["Hand the pager to @sre-oncall", ""],
    ]);
  });
});

describe("an @handle handed the entry with an arrow", () => {
  it("is the owner, with the few words after it", () => {
    const md = "## Tasks\n\n- [ ] Point the docs domain at the new host → @rui pls\n- [ ] Tune the cache -> @ana\n- [ ] Move 3.2 → 4.0 first\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Point the docs domain at the new host", "Tune the cache", "Move 3.2 → 4.0 first"]);
  });
});
