import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isColourWord, shoutedPriority } from "./board-remarks";

describe("board remarks", () => {
  it("knows colour words and their abbreviations", () => {
    expect(isColourWord("yellow")).toBe(true);
    expect(isColourWord("gelb")).toBe(true);
    expect(isColourWord("зел.")).toBe(true);
    expect(isColourWord("gre.")).toBe(true);
    expect(isColourWord("Redis")).toBe(false);
    expect(isColourWord("re.")).toBe(false);
  });

  it("drops sticky-note colours when the board marks several cards so", () => {
    const doc = ["## To do", "", "- Print the shipping labels (yellow)", "- Rounding error on weights (pink)", "- Upgrade the framework (grün)", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Print the shipping labels", "Rounding error on weights", "Upgrade the framework"]);
  });

  it("keeps a single colour parenthesis: it may be what the card is about", () => {
    const doc = ["## To do", "", "- Make the checkout button stand out (green)", "- Fix the footer links", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Make the checkout button stand out (green)", "Fix the footer links"]);
  });

  it("reads a shouted priority word as the card's priority", () => {
    expect(shoutedPriority("Fix the rounding !!! urgent")).toEqual({ index: 16, label: "Critical" });
    expect(shoutedPriority("Ship it now!!")).toBeNull();
    expect(shoutedPriority("Great work team!!")).toBeNull();
    const doc = ["## Backlog", "", "- Fix the rounding on weights !!! urgent", "- Tidy the config", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => [i.title, i.priority])).toEqual([
      ["Fix the rounding on weights", "P0"],
      ["Tidy the config", null],
    ]);
  });

  it("drops a progress count from a card under way, not a part number", () => {
    const doc = ["[~] Clean the ducts (2 of 6)", "[~] Migrate the archive (part 2 of 3)", "[ ] Buy 3 of 5 chairs"].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Clean the ducts", "Migrate the archive (part 2 of 3)", "Buy 3 of 5 chairs"]);
  });

  it("drops the reason a card was given up, keeps a short parenthesis", () => {
    const doc = ["## Cancelled", "", "- [ ] Move the welder (the line is no longer rearranged)", "- [ ] Replace the router (Wi-Fi 7)", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => [i.title, i.status])).toEqual([
      ["Move the welder", "wont_do"],
      ["Replace the router (Wi-Fi 7)", "wont_do"],
    ]);
  });

  it("drops a dated done remark after a hyphen", () => {
    const doc = "[X] Fix the compressor leak - DONE 01/dec, gasket replaced\n[ ] Check the oil\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.done])).toEqual([
      ["Fix the compressor leak", true],
      ["Check the oil", false],
    ]);
  });

  it("drops a doubt mark of two or more signs, and keeps a lone (?) that may name the key", () => {
    const md = ["## Tasks", "", "- [ ] Order the banners (??)", "- [ ] Add the help overlay (?)", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Order the banners", "Add the help overlay (?)"]);
  });
});
