import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { hasKeywordHeadings } from "./keyword-headings";

describe("org task headlines written as Markdown headings", () => {
  it("each keyword heading is an item: keyword the state, cookie the priority, planning lines left out", () => {
    const md =
      "# Garden\n\n## Beds\n\n### TODO [#A] Turn the compost\nSCHEDULED: <2026-03-02 Mon>\nUse the big fork.\n\n### DONE Order seed potatoes\nCLOSED: [2026-02-01 Sun]\n\n## Shed\n\n### WAITING [#C] New hinge from the shop\n:PROPERTIES:\n:EFFORT: 1h\n:END:\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Turn the compost", "Order seed potatoes", "New hinge from the shop"]);
    expect(items.map((i) => i.status)).toEqual(["not_started", "done", "blocked"]);
    expect(items[0]!.description).toBe("Use the big fork.");
    expect(items[0]!.category).toEqual(["Beds"]);
    expect(items[2]!.description).toBe("");
  });

  it("a lone keyword-looking heading is a section, not an item (negative)", () => {
    expect(hasKeywordHeadings("# Notes\n\n## TODO list\n\n- [ ] Buy milk\n\n## DONE\n\n- [x] Call mum\n")).toBe(false);
    const items = parsePlan("# Notes\n\n## TODO list\n\n- [ ] Buy milk\n- [ ] Call the bank\n").items;
    expect(items.map((i) => i.title)).toEqual(["Buy milk", "Call the bank"]);
  });
});
