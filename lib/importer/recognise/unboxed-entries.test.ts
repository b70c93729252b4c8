import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("entries without a box among boxed ones", () => {
  it("are open work under a work heading or label", () => {
    const md = "# OKRs\n\n## Objective 1: Delight\n\n**Initiatives**\n- Rebuild the empty state\n- [x] Instrument the funnel\n- Lifecycle e-mails\n";
    expect(read(md)).toEqual([
      ["Rebuild the empty state", "not_started"],
      ["Instrument the funnel", "done"],
      ["Lifecycle e-mails", "not_started"],
    ]);
    const de = "# Plan\n\n## Aufgaben\n\n- [ ] Server patchen\n- Backups prüfen\n";
    expect(read(de).map(([t]) => t)).toContain("Server patchen");
  });

  it("a group entry (a colon, a nested list) stays out, and so does a list outside work headings", () => {
    const md = "# Plan\n\n## Tasks\n\n- [ ] Book the venue\n- Catering:\n- Travel\n  - [ ] Flights\n";
    const titles = read(md).map(([t]) => t);
    expect(titles).toContain("Book the venue");
    expect(titles.filter((t) => t === "Catering:" || t === "Catering" || t === "Travel")).toEqual([]);
    const notes = "# Retro\n\n## Notes\n\n- [x] Shipped 4.2\n- The stand fell over twice\n";
    expect(read(notes).map(([t]) => t)).not.toContain("The stand fell over twice");
  });
});
