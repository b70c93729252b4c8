import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const states = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a struck-through task is crossed off: how, the words and the box say", () => {
  it("an open box struck through is dropped; words that say dropped beat a ticked box; a ticked box alone is done", () => {
    expect(states("# T\n\n## Tasks\n\n- [ ] ~~Submit for review~~ — we have slack\n- [x] ~~Migrate the wiki~~ — archived instead\n- [x] ~~Remove moment.js~~ replaced by date-fns\n")).toEqual([
      ["Submit for review", "wont_do"],
      ["Migrate the wiki", "wont_do"],
      ["Remove moment.js", "done"],
    ]);
  });
});

describe("owners named after a dash", () => {
  it("an emphasised name, or names that end most sibling entries, are owners; a lone plain word is title", () => {
    const titles = (md: string) => parsePlan(md).items.map((i) => i.title);
    expect(titles("# T\n\n## Tasks\n\n- [ ] Write the guide — *Nina*\n- [ ] Draw the diagram\n")).toEqual(["Write the guide", "Draw the diagram"]);
    expect(titles("# T\n\n## Now\n\n1. Lazy-load the widget — Jana\n2. Preload the hero — Marco\n")).toEqual(["Lazy-load the widget", "Preload the hero"]);
    expect(titles("# T\n\n## Tasks\n\n- [ ] Replace Redis — Valkey\n- [ ] Add tracing\n")).toEqual(["Replace Redis — Valkey", "Add tracing"]);
  });
});

describe("a struck entry whose reason keeps things as they are", () => {
  it("is won't-do, not done", () => {
    const md = "# Review\n\n## Suggestions\n\n- Add contract tests\n- ~~Rename the enum to English~~ — we decided to keep it, it is the domain's word\n- ~~Renomear a tabela~~ — decidimos manter o nome\n- ~~Remove the old route~~\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Add contract tests", "not_started"],
      ["Rename the enum to English", "wont_do"],
      ["Renomear a tabela", "wont_do"],
      ["Remove the old route", "done"],
    ]);
  });
});
