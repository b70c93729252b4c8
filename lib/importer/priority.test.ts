import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { defaultPriorityFor, findPriorityLabel, onlyGlossedLevel, resolvePriority, stripPriorityLabel } from "./priority";

describe("priority labels", () => {
  it.each([
    ["Priority 1: Critical System Improvements", "Priority 1"],
    ["P0: Critical Blockers (Complete within 24 hours)", "P0"],
    ["High Priority", "High"],
    ["Priority: Low", "Low"],
    ["High Availability", null],
    // A level joined by a hyphen to another word is an adjective ("low-end" phones); "-prio" still ranks.
    ["low-end", null],
    ["high-level design", null],
    ["high-prio", "High"],
    ["low-priority", "Low"],
    ["Critical", "Critical"],
    ["Security Enhancements", null],
  ])("finds the label in heading %j", (heading, label) => {
    expect(findPriorityLabel(heading, { headingOnly: true })).toBe(label);
  });

  it("maps Priority 1..5 to P0, P1, P2, P3, P3 and words to P0–P3", () => {
    expect(["Priority 1", "Priority 2", "Priority 3", "Priority 4", "Priority 5"].map(defaultPriorityFor)).toEqual(["P0", "P1", "P2", "P3", "P3"]);
    expect(["Critical", "High", "Medium", "Low", "P2", "Someday"].map(defaultPriorityFor)).toEqual(["P0", "P1", "P2", "P3", "P2", null]);
  });

  it("lets the user's mapping win, including mapping to untriaged", () => {
    expect(resolvePriority("Priority 5", { "Priority 5": "P2" })).toBe("P2");
    expect(resolvePriority("Low", { Low: null })).toBeNull();
    expect(resolvePriority(null)).toBeNull();
  });

  it("strips the priority token and its deadline note from a heading", () => {
    expect(stripPriorityLabel("P0: Critical Blockers (Complete within 24 hours)")).toBe("Critical Blockers");
    expect(stripPriorityLabel("Priority 2: Data Management and Quality")).toBe("Data Management and Quality");
    expect(stripPriorityLabel("Core Architecture (v2)")).toBe("Core Architecture (v2)");
  });

  it("knows a P-token glossed by its own level ('P0 — критично', 'P1 - High'): no group's name", () => {
    expect(onlyGlossedLevel("P0 — критично")).toBe(true);
    expect(onlyGlossedLevel("P1 - High")).toBe(true);
    expect(onlyGlossedLevel("P2: средний")).toBe(true);
    // A name after the token is the group's name, even when it opens with a level word.
    expect(onlyGlossedLevel("P0: Critical Blockers")).toBe(false);
    expect(onlyGlossedLevel("P1 — High availability")).toBe(false);
    expect(onlyGlossedLevel("High")).toBe(false);
    // An SLA row's label keeps the gloss ("P2 - Normal" → "Normal").
    expect(stripPriorityLabel("P2 - Normal")).toBe("Normal");
    const md = "# Plan\n\n## Tasks\n\n### P0 — критично\n- [ ] Alerts on symptoms\n\n### P1: Checkout flow\n- [ ] Synthetic checks\n";
    expect(parsePlan(md).items.map((i) => [i.priority, i.category.join("/")])).toEqual([
      ["P0", "Tasks"],
      ["P1", "Checkout flow"], // "Tasks" only says the work is below (recognise/category-names.ts)
    ]);
  });
});

describe("the hyphenated P-level", () => {
  it("reads 'P-1' as P1, not a longer number", () => {
    expect(findPriorityLabel("P-1")).toBe("P1");
    expect(findPriorityLabel("(P-3)")).toBe("P3");
    expect(findPriorityLabel("P-1234")).toBeNull();
  });
});

describe("Hindi: ClickUp's Normal level", () => {
  it("reads 'सामान्य' in a priority cell as Medium, not as a heading of its own", () => {
    expect(findPriorityLabel("सामान्य")).toBe("Medium");
    expect(findPriorityLabel("सामान्य", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("प्राथमिकता: सामान्य", { headingOnly: true })).toBe("Medium");
  });
});

describe("Thai: the priority noun and its level written as one run of letters", () => {
  it("reads 'ความสำคัญสูง' (importance high) and its siblings", () => {
    expect(findPriorityLabel("ความสำคัญสูง", { headingOnly: true })).toBe("High");
    expect(findPriorityLabel("ความสำคัญปานกลาง", { headingOnly: true })).toBe("Medium");
    expect(findPriorityLabel("ความสำคัญต่ำ")).toBe("Low");
    expect(findPriorityLabel("ความสำคัญ: สูง")).toBe("High");
    expect(stripPriorityLabel("ความสำคัญต่ำ")).toBe("");
  });
  it("does not read a level word that follows another Thai word", () => {
    expect(findPriorityLabel("อาคารสูง", { headingOnly: true })).toBeNull(); // "tall building"
    expect(findPriorityLabel("ความสำคัญของโครงการ", { headingOnly: true })).toBeNull(); // "the importance of the project"
  });
});

describe("a level with a noun that ranks work, as a heading", () => {
  it("reads 'High impact', 'Low severity' as priority headings, not 'High availability'", () => {
    expect(findPriorityLabel("High impact", { headingOnly: true })).toBe("High");
    expect(findPriorityLabel("Medium urgency", { headingOnly: true })).toBe("Medium");
    expect(findPriorityLabel("High availability", { headingOnly: true })).toBeNull();
  });
});

describe("priority words decorated or joined as other scripts write them", () => {
  it("a horizon word closed by an emoji is still the horizon", () => {
    expect(findPriorityLabel("Urgent 🔴", { headingOnly: true })).toBe("Immediate");
    expect(findPriorityLabel("Терміново ⚡", { headingOnly: true })).toBe("Immediate");
    expect(findPriorityLabel("Later ✨ and more", { headingOnly: true })).toBeNull();
  });

  it("Thai writes the work noun and 'urgent' as one run of letters; Finnish plural 'urgent ones'", () => {
    expect(findPriorityLabel("งานด่วน ⚡", { headingOnly: true })).toBe("Immediate");
    expect(findPriorityLabel("งานทั่วไป", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("Kiireelliset", { headingOnly: true })).toBe("Immediate");
  });

  it("Romanian 'mare' (big) is a level only right after the priority noun", () => {
    expect(findPriorityLabel("Prioritate mare", { headingOnly: true })).toBe("High");
    expect(stripPriorityLabel("Prioritate mare")).toBe("");
    expect(findPriorityLabel("Mare del Nord", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("Mare")).toBeNull();
  });
});
