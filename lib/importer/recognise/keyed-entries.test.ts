import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("bullets of keyed tickets with '·' fields", () => {
  it("reads a bold '[key] title' and its fields: key out, state field as status, owner in the description", () => {
    const md = [
      "# Sprint 12 — Payments",
      "",
      "* **[pay-101] Refund webhook for partial captures** · Story · 5 pts · *In Review* · owner: ines",
      "* **[pay-104] Currency rounding in invoices** · Bug · 1 pt · *Done* · owner: tom",
      "* **[pay-107] Card vault migration** · Chore · 8 pts · *To Do* · owner: —",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.key, i.title, i.status])).toEqual([
      ["pay-101", "Refund webhook for partial captures", "in_progress"],
      ["pay-104", "Currency rounding in invoices", "done"],
      ["pay-107", "Card vault migration", "not_started"],
    ]);
    expect(items[0]!.description).toContain("owner: ines");
  });

  it("reads a bold key then the title, fields on the next line, in another tool's wording", () => {
    const md = [
      "## Tickets",
      "",
      "- **WEB-31** Lazy-load the pricing table",
      "  `task` | 3 | **In QA** | @lea",
      "- **WEB-32** Drop the jQuery shim",
      "  `task` | 2 | **Abgebrochen** (nicht mehr nötig)",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.key, i.title, i.status])).toEqual([
      ["WEB-31", "Lazy-load the pricing table", "in_progress"],
      ["WEB-32", "Drop the jQuery shim", "wont_do"],
    ]);
  });

  it("a list of references with keys but no fields is not read as tickets", () => {
    const md = "# Postmortem\n\n## Actions\n\n- [ ] Add a disk alert\n\n## Related\n\n- INC-12 the first outage\n- INC-14 the second outage\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Add a disk alert"]);
  });
});
