import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

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
