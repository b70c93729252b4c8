import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { stateLegendOf } from "./state-marks";

const states = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("state marks in front of list entries", () => {
  it("reads every coloured mark through the document's legend, the legend line itself not an item", () => {
    const md = "# Plan\n\nLegend: 🟢 done · 🟡 in progress · 🔴 not started · ⚪ dropped\n\n## Compute\n\n- 🟢 Move the runners\n- 🟡 Resize the fleet\n- ⚪ Migrate the jobs\n- 🔴 Turn off idle clusters\n";
    expect(states(md)).toEqual([
      ["Move the runners", "done"],
      ["Resize the fleet", "in_progress"],
      ["Migrate the jobs", "wont_do"],
      ["Turn off idle clusters", "not_started"],
    ]);
  });

  it("without a legend, marks take the traffic-light meaning", () => {
    expect(states("# Plan\n\n## Work\n\n- 🟩 Ship A\n- 🟨 Ship B\n- 🟥 Ship C\n")).toEqual([
      ["Ship A", "done"],
      ["Ship B", "in_progress"],
      ["Ship C", "not_started"],
    ]);
  });

  it("a legend can give a mark a meaning other than the usual one", () => {
    expect(stateLegendOf("🔴 blocked · 🟢 on track · ⚪ not started").get("🔴")).toBe("blocked");
    expect(states("Key: 🔴 blocked · 🟢 done\n\n## Work\n\n- 🔴 Rotate keys\n- 🟢 Add MFA\n")).toEqual([
      ["Rotate keys", "blocked"],
      ["Add MFA", "done"],
    ]);
  });
});

describe("a legend that says a person has the work in hand", () => {
  it("reads 'someone is on it' as under way, not done", () => {
    expect(stateLegendOf("Legend: 🟢 someone is on it · ⚪ nobody yet").get("🟢")).toBe("in_progress");
  });
});

describe("a legend said in a sentence", () => {
  it("defines the marks it names with a state (Polish, English)", () => {
    const pl = "# Zadania\n\nPozycje oznaczone ✔ są gotowe, ⏳ — w toku.\n\n## Lista\n\n- ⏳ Przenieść kolejkę\n- ✔ Dodać limity\n";
    expect(parsePlan(pl).items.map((i) => [i.title, i.status])).toEqual([
      ["Przenieść kolejkę", "in_progress"],
      ["Dodać limity", "done"],
    ]);
    const en = "# Board\n\nItems marked ✅ are done, ⏳ are waiting on another team.\n\n## Work\n\n- ⏳ Move the queue to SQS\n- ✅ Add rate limits\n";
    expect(parsePlan(en).items.map((i) => [i.title, i.status])).toEqual([
      ["Move the queue to SQS", "blocked"],
      ["Add rate limits", "done"],
    ]);
  });
});

describe("a bring-up tracker's key", () => {
  it("reads 🔶 as under way and '❌ failing' as open work, not dropped", () => {
    const md = "# Bring-up\n\nStatus key: ✅ done · 🔶 partly working · ❌ failing · ⏳ not tried\n\n## Power\n- ✅ 3V3 rail within spec\n- 🔶 Battery charger IC\n- ❌ Barometer on I2C2\n";
    expect(states(md)).toEqual([
      ["3V3 rail within spec", "done"],
      ["Battery charger IC", "in_progress"],
      ["Barometer on I2C2", "not_started"],
    ]);
  });

  it("negative: without a key, ❌ is still won't do", () => {
    expect(states("## Work\n- ✅ Add MFA\n- ❌ Rewrite in Rust\n")).toEqual([
      ["Add MFA", "done"],
      ["Rewrite in Rust", "wont_do"],
    ]);
  });
});

describe("a legend's 'not started'", () => {
  it("reads the negated word as open, not under way", () => {
    const legend = stateLegendOf("> Status icons: ✅ done · 🔄 in progress · ⬜ not started · ❌ dropped\n");
    expect(legend.get("⬜")).toBe("not_started");
    expect(legend.get("🔄")).toBe("in_progress");
  });

  it("still reads 'started' alone as under way", () => {
    expect(stateLegendOf("Legend: 🟡 started · 🟢 done\n").get("🟡")).toBe("in_progress");
  });
});
