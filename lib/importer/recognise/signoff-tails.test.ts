import { describe, expect, it } from "vitest";
import { signoffTail, signsOff } from "./signoff-tails";
import { tidyTitles } from "./title-tails";
import type { FoundItem } from "../context";

const item = (title: string) => ({ title, description: "", status: "not_started", done: false, checklist: [] }) as unknown as FoundItem;

describe("sign-offs closing checklist lines", () => {
  it("drops initials or a short CJK name after a dash when the document's lines carry them", () => {
    const items = [item("Mount the shelf rails — JT"), item("Label every patch cable — AB 3/11"), item("储存备份到异地 —— 王伟")];
    tidyTitles(items, new Set());
    expect(items.map((i) => i.title)).toEqual(["Mount the shelf rails", "Label every patch cable", "储存备份到异地"]);
    expect(items[0]!.description).toContain("Signed off: JT");
  });

  it("keeps a single acronym after a dash: one line is no sign-off column", () => {
    expect(signsOff(["Expose the metrics — API", "Write the docs"])).toBe(false);
    const items = [item("Expose the metrics — API"), item("Write the docs")];
    tidyTitles(items, new Set());
    expect(items[0]!.title).toBe("Expose the metrics — API");
    expect(signoffTail("Ship the release")).toBeNull();
  });
});
