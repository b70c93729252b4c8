import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (lines: string[]) => parsePlan(["## Tasks", "", ...lines, ""].join("\n")).items.map((i) => i.title);

describe("a closing code span one word after a preposition, in a title that code-formats its identifiers", () => {
  it("is the sentence's object and stays", () => {
    expect(titles(["- [ ] Swap `moment` for the new `temporal`", "- [ ] Replace `request` with native `fetch`"])).toEqual(["Swap moment for the new temporal", "Replace request with native fetch"]);
  });

  it("a label closing a finished sentence still leaves the title", () => {
    expect(titles(["- [ ] Fix the login crash on `ios` `bug`", "- [ ] Tidy the footer links `chore`"])).toEqual(["Fix the login crash on ios", "Tidy the footer links"]);
  });
});
