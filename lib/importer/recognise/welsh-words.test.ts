import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Welsh words for a plan's columns, priorities and states (recognise/more-level-words.ts, vocabulary.ts).
describe("a plan written in Welsh", () => {
  it("reads the action-step, priority and state columns", () => {
    const md =
      "# Cynllun y clwb\n\n## Gwaith\n\n| Cam gweithredu | Blaenoriaeth | Statws |\n|---|---|---|\n| Trefnu'r ffair haf | Uchel | Ar waith |\n| Peintio'r cwt | Isel | Heb ddechrau |\n| Archebu'r bws | Canolig | Wedi'i gwblhau |\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Trefnu'r ffair haf", "Peintio'r cwt", "Archebu'r bws"]);
    expect(items.map((i) => i.status)).toEqual(["in_progress", "not_started", "done"]);
    expect(items.map((i) => i.priority)).toEqual(["P1", "P3", "P2"]);
  });

  it("a list of the school's values gives no items (negative)", () => {
    expect(parsePlan("# Ysgol\n\n## Gwerthoedd / Values\n\n- Parch\n- Caredigrwydd\n").items).toEqual([]);
  });
});
