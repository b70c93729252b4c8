import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isCountColumn } from "./count-columns";

describe("tally tables", () => {
  it("knows a column of counts", () => {
    expect(isCountColumn(["22", "7", "45%"])).toBe(true);
    expect(isCountColumn(["22", "Rotate keys"])).toBe(false);
    expect(isCountColumn(["", ""])).toBe(false);
  });

  it("reads no item from a summary table whose 'Tasks' column holds counts", () => {
    const md = "## Plan\n\n- [ ] Rotate keys\n\n## Status summary\n\n| Requirement | Tasks | Complete |\n|---|---|---|\n| Total | 22 | 7 |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Rotate keys"]);
  });

  it("negative: a task table with named rows stays work", () => {
    const md = "## Tasks\n\n| Task | Status |\n|---|---|\n| Rotate keys | Done |\n| 2FA for admins | Open |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Rotate keys", "2FA for admins"]);
  });
});
