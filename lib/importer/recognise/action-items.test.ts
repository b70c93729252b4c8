import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { peopleOf } from "./action-items";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.done]);

describe("action items written owner first", () => {
  it("knows the people an attendee line and owner fields name", () => {
    expect([...peopleOf("Date: Monday · Present: Ari, Bea and Chen\n(owner: Felix, Marta)\n@yuki")].sort()).toEqual(["ari", "bea", "chen", "felix", "marta", "yuki"]);
  });

  it("a bold owner, then the task: the task is the title", () => {
    expect(read("# Retro\n\n## Action items\n\n- **Mo**: set up a rota — by Monday\n- **Bea**: propose a review SLA\n")).toEqual([
      ["Set up a rota", false],
      ["Propose a review SLA", false],
    ]);
  });

  it("a known person's 'Name:' prefix is not title, also inside strike-through", () => {
    expect(read("Present: Ari, Dev\n\n## Follow-ups\n\n- ~~Dev: clean up stale flags~~ done\n- Ari: write the template\n")).toEqual([
      ["Clean up stale flags", true],
      ["Write the template", false],
    ]);
  });

  it("a line that is only a person's name: the tasks nested under it are the items", () => {
    expect(parsePlan("Present: Mo\n\n## Action items\n\n- **Mo**\n  - book the room\n  - send the agenda\n").items.map((i) => [i.title, i.category])).toEqual([
      ["book the room", ["Action items"]],
      ["send the agenda", ["Action items"]],
    ]);
  });

  it("a bold title that is not a person stays the title", () => {
    expect(read("# Plan\n\n## Tasks\n\n- **Cache layer**: add an LRU\n")).toEqual([["Cache layer", false]]);
  });
});

describe("a level after a dash is no owner", () => {
  it("reads '— Critical', '— High' closing sibling entries as priorities, not names", () => {
    const md = "## Req. 3\n- ✓ Confirm no SAD stored — Critical\n- Rotate the DEK — High\n- Truncate PAN — Medium\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priorityLabel, i.description])).toEqual([
      ["Confirm no SAD stored", "Critical", ""],
      ["Rotate the DEK", "High", ""],
      ["Truncate PAN", "Medium", ""],
    ]);
  });

  it("negative: names after the dash stay owners", () => {
    const md = "## Actions\n- [ ] Lazy-load the widget — Jana\n- [ ] Write the guide — Nina\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.description])).toEqual([
      ["Lazy-load the widget", "Owner: Jana"],
      ["Write the guide", "Owner: Nina"],
    ]);
  });
});
