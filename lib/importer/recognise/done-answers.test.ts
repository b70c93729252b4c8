import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { answerState } from "./done-answers";

describe("a Done? column answered with more than yes and no", () => {
  it("reads a state word, and the reason after a no", () => {
    expect(answerState("no — waiting for the bank")).toBe("blocked");
    expect(answerState("nein, wartet auf Freigabe")).toBe("blocked");
    expect(answerState("partly")).toBeNull();
    expect(answerState("partial")).toBe("in_progress");
    expect(answerState("not needed")).toBe("wont_do");
    expect(answerState("nee")).toBeNull();
    expect(answerState("no – asked Sam twice")).toBeNull();
  });

  it("reads the rows' states from the column", () => {
    const md = ["# Fair", "", "| Task | Who | Erledigt? |", "|---|---|---|", "| Stand bauen | Ute | ja |", "| Kasse leihen | Jan | nein – wartet auf Verein |", "| Plakate | Ole | teilweise |", "| Zelt | Ali | nein |", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Stand bauen", "done"],
      ["Kasse leihen", "blocked"],
      ["Plakate", "in_progress"],
      ["Zelt", "not_started"],
    ]);
  });

  it("a column of sentences under a Done? header is no answer column", () => {
    const md = ["# Fair", "", "| Task | Done? |", "|---|---|", "| Stand bauen | we will see next week after the meeting |", "| Zelt | maybe, ask Ali about the poles |", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.status)).toEqual(["not_started", "not_started"]);
  });
});
