import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (md: string) => parsePlan(md).items.map((i) => [i.title, i.done]);

describe("a list pasted as a block quote", () => {
  it("reads a quoted checklist as the checklist it is", () => {
    const md = ["# Garden", "", "Ahmed sent this in the group chat:", "", "> Before the party:", ">", "> - [ ] Mow the lawn", "> - [x] Buy charcoal", ">", "> Thanks all!", ""].join("\n");
    expect(titles(md)).toEqual([
      ["Mow the lawn", false],
      ["Buy charcoal", true],
    ]);
  });

  it("reads a list quoted twice over (a forward of a forward) under its task heading", () => {
    const md = ["# Move", "", "## To do", "", "> > - Book the van", "> > - Pack the kitchen", ""].join("\n");
    expect(titles(md)).toEqual([
      ["Book the van", false],
      ["Pack the kitchen", false],
    ]);
  });

  it("a quotation of prose gives no items", () => {
    const md = ["# Notes", "", "## Tasks", "", "- [ ] Reply to the council", "", "> We shall fight on the beaches. We shall never surrender.", ""].join("\n");
    expect(titles(md)).toEqual([["Reply to the council", false]]);
  });

  it("a reply's quoted history stays history when the mail lists its own points", () => {
    const md = ["Hi both, the open points:", "", "1. Order the screens", "2. Confirm the cleaners", "", "> **From:** Tom", ">", "> - the network is live on floor 2", "> - parking permits are sorted", ""].join("\n");
    expect(titles(md).map(([t]) => t)).not.toContain("the network is live on floor 2");
  });

  it("a GitHub alert is advice, not work", () => {
    const md = ["# Setup", "", "## Tasks", "", "- [ ] Install the CLI", "", "> [!TIP]", "> - Use the nightly build", ""].join("\n");
    expect(titles(md)).toEqual([["Install the CLI", false]]);
  });
});
