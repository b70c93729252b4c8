import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingPLevel } from "./priority-tags";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priorityLabel]);

describe("a bold priority tag opening an entry", () => {
  it("is the entry's priority, and the words after it its title", () => {
    const md = "# QA\n\n## Defects\n\n- [ ] **[High]** Login popup shows twice\n- [x] **P2** Dark mode placeholder invisible\n- [ ] **[낮음]** 버전 표기 오타\n";
    expect(read(md)).toEqual([
      ["Login popup shows twice", "High"],
      ["Dark mode placeholder invisible", "P2"],
      ["버전 표기 오타", "Low"],
    ]);
  });

  it("a bold level then a dash defines the level (a legend), it tags nothing", () => {
    const md = "# Audit\n\n## Severity definitions\n\n- **Critical** — exploitable remotely\n- **Low** — informational\n";
    expect(read(md)).toEqual([]);
  });
});

describe("an unbolded P-level opening the line", () => {
  it("reads 'P1: …' and 'P-2 — …' as the priority, the rest as the title", () => {
    expect(leadingPLevel("P1: Fix login")).toEqual({ label: "P1", rest: "Fix login" });
    expect(leadingPLevel("P-2 — Add docs")).toEqual({ label: "P2", rest: "Add docs" });
    const md = "# Backlog\n\n## Tasks\n- [ ] P0: Rotate the leaked key\n- [ ] Add docs (P-3)\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Rotate the leaked key", "P0"],
      ["Add docs", "P3"],
    ]);
  });
  it("leaves keys, part numbers and words alone", () => {
    expect(leadingPLevel("P1-001: Fix login")).toBeNull();
    expect(leadingPLevel("P-51 Mustang restoration")).toBeNull();
    expect(leadingPLevel("P5: Nice things")).toBeNull();
    expect(leadingPLevel("P1 Fix login")).toBeNull();
  });
});
