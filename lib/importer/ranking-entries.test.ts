import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";

// A plain list under "High priority" / "Low priority" that names no item found elsewhere is the
// work itself (finish-items.ts applyRankings); each entry is then read as any list entry is.

describe("priority-heading lists read as items", () => {
  it("takes a bold lead as the title and the sentences after it as the description", () => {
    const { items } = parsePlan(
      "# Gaps\n\n## High priority\n\n- **DNS failover is manual.** Health checks exist but no failover records.\n- **Keys are never rotated.** Rotate them quarterly.\n\n## Low priority\n\n- **Status templates** for outages do not exist.\n",
    );
    expect(items.map((i) => [i.title.replace(/\.$/, ""), i.description, i.priority])).toEqual([
      ["DNS failover is manual", "Health checks exist but no failover records.", "P1"],
      ["Keys are never rotated", "Rotate them quarterly.", "P1"],
      ["Status templates", "for outages do not exist.", "P3"],
    ]);
  });

  it("keeps an unbolded entry whole, and still ranks items named elsewhere", () => {
    expect(parsePlan("# Gaps\n\n## High priority\n\n- Rotate the signing keys\n- Add a DNS failover record\n").items.map((i) => i.title)).toEqual([
      "Rotate the signing keys",
      "Add a DNS failover record",
    ]);
    const ranked = parsePlan("# Plan\n\n## Tasks\n\n- [ ] Rotate the signing keys\n- [ ] Add a DNS failover record\n\n## High priority\n\n- Rotate the signing keys\n");
    expect(ranked.items.map((i) => [i.title, i.priority])).toEqual([
      ["Rotate the signing keys", "P1"],
      ["Add a DNS failover record", null],
    ]);
  });
});
