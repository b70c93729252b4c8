import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a bold line alone above a list reads as that list's heading", () => {
  it("a state label gives every entry its state, and makes the list work", () => {
    const md = "Cycle 4\n=======\n\n**In Progress**\n\n- Offline queue\n\n**Todo**\n\n- Deep links\n\n**Done**\n\n- Biometric login\n\n**Canceled**\n\n- Expo Router\n";
    expect(read(md)).toEqual([
      ["Offline queue", "in_progress"],
      ["Deep links", "not_started"],
      ["Biometric login", "done"],
      ["Expo Router", "wont_do"],
    ]);
  });

  it("a notes label makes its list not work, even under a work heading", () => {
    expect(read("# T\n\n## Tasks\n\n- Ship it\n\n**Open questions:**\n\n- Who owns the cache?\n")).toEqual([["Ship it", "not_started"]]);
  });
});

describe("a list introduced as options", () => {
  it("is alternatives to choose between, not work; a task list after the same sentence stays work", () => {
    const md = "# Guild meeting, 4 September\n\n## Versioning\n\nWe weighed three options from the write-up:\n\n1. **Topic name** — simple\n2. **Header** — one topic\n\n## Tasks\n\nThe options we agreed on:\n\n- [ ] Add the registry\n";
    expect(read(md)).toEqual([["Add the registry", "not_started"]]);
  });
});

describe("a one-line lead-in ending in a colon", () => {
  it("that states the entries' state makes them work in that state, with no category of its own", () => {
    const md = "# Plan\n\n## Later maybe\n\nThese came up in planning and were explicitly deferred:\n\n- Moving off Consul\n- Replacing the flag service\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.category])).toEqual([
      ["Moving off Consul", "wont_do", ["Later maybe"]],
      ["Replacing the flag service", "wont_do", ["Later maybe"]],
    ]);
  });

  it("a status key run together with the list it explains keeps the work entries", () => {
    expect(read("# T\n\n## Assets\n\nStatus key:\n\n- ✅ Complete\n- ⬜ Not started\n\n- ✅ Logo\n- ⬜ Screenshots\n")).toEqual([
      ["Logo", "done"],
      ["Screenshots", "not_started"],
    ]);
  });
});

describe("a heading that is only a state", () => {
  it("is a board column: its open boxes are in that state; a phase marked in progress keeps its boxes open", () => {
    expect(read("# Board\n\n### 🏗 In progress\n\n- [ ] #790 Rewrite the parser\n")).toEqual([["Rewrite the parser", "in_progress"]]);
    expect(read("# Plan\n\n## Phase 2: Cutover 🚧 In progress\n\n- [ ] Freeze writes\n")).toEqual([["Freeze writes", "not_started"]]);
  });
});

describe("a plain line that is only a priority, above a list (a Word plan pasted as text)", () => {
  const ranked = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.category.join("/")]);
  it("ranks the list under it and names no group", () => {
    const md = "# IT plan\n\n## Priorities for 2027\n\nHigh priority\n- Replace the Wi-Fi access points\n- Move file shares to SharePoint\n\nPrioridad baja\n- Interactive displays\n";
    expect(ranked(md)).toEqual([
      ["Replace the Wi-Fi access points", "P1", "Priorities for 2027"],
      ["Move file shares to SharePoint", "P1", "Priorities for 2027"],
      ["Interactive displays", "P3", "Priorities for 2027"],
    ]);
  });
  it("leaves lines that do not name priority, or say more, to the other readers", () => {
    const md = "# Plan\n\n## Work\n\nHigh availability\n- Add a second node\n\nHigh priority items we discussed\n- Renew the certificate\n";
    expect(ranked(md)).toEqual([
      ["Add a second node", null, "Work"],
      ["Renew the certificate", null, "Work"],
    ]);
    // "URGENTE" over a plain-text note's list is one group line among others (read with them, as headings).
    const note = "LISTA LAVORI\n\nURGENTE\n- ringhiera del balcone\n\nFATTO\n- guaina del tetto\n";
    expect(parsePlan(note).items.map((i) => i.title)).toEqual(["ringhiera del balcone", "guaina del tetto"]);
  });
});
