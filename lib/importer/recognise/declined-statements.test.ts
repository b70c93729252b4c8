import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("lists under a set-aside heading", () => {
  const plan = (declined: string) => `# Editor roadmap\n\n## Next\n\n- Split view\n\n${declined}`;

  it("entries written as sentences are scope statements, not work", () => {
    const items = parsePlan(plan("## Not planned\n\n- A plugin marketplace. Extensions stay in-tree.\n- Collaborative editing.\n")).items;
    expect(items.map((i) => i.title)).toEqual(["Split view"]);
    const de = parsePlan(plan("## Verworfen\n\n- Eine eigene Skriptsprache. (Lange diskutiert, nein.)\n- Ein Cloud-Sync.\n")).items;
    expect(de.map((i) => i.title)).toEqual(["Split view"]);
  });

  it("entries written as names of work (a reason after a dash allowed) stay won't-do items", () => {
    const items = parsePlan(plan("## Won't do\n\n- Vim key bindings\n- Cloud sync — decided against it this year.\n")).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Split view", "not_started"],
      ["Vim key bindings", "wont_do"],
      ["Cloud sync", "wont_do"],
    ]);
  });
});
