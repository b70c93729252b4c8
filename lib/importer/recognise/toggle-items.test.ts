import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.category]);

describe("a toggle that is one card", () => {
  it("a marked summary over prose is an item among the section's marked entries", () => {
    const md = [
      "# Growth plan",
      "",
      "Legend: 🔴 not started · 🟡 in progress · 🟢 done",
      "",
      "## Retention",
      "",
      "<details>",
      "<summary>🔴 <b>Onboarding tasks for new users</b></summary>",
      "",
      "Day 1: avatar, day 3: first post.",
      "",
      "</details>",
      "",
      "- 🟡 **Push frequency test**: daily vs weekly",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Onboarding tasks for new users", "not_started", ["Retention"]],
      ["Push frequency test", "in_progress", ["Retention"]],
    ]);
  });

  it("a boxed summary under a task heading, in another language; an unmarked toggle or one holding a list is not one card", () => {
    const md = [
      "# Aufgaben",
      "",
      "<details><summary>[x] Drucker tauschen</summary>",
      "",
      "Der alte druckt schief.",
      "",
      "</details>",
      "",
      "<details><summary>Hintergrund</summary>",
      "",
      "Warum wir umziehen.",
      "",
      "</details>",
      "",
    ].join("\n");
    expect(read(md)).toEqual([["Drucker tauschen", "done", []]]);
  });
});
