import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesCodeObject } from "./named-code-objects";

const titles = (lines: string[]) => parsePlan(["## Tasks", "", ...lines, ""].join("\n")).items.map((i) => i.title);

describe("a closing code span after the word for a kind of code object", () => {
  it("is that object's name and stays in the title", () => {
    expect(titles(["- [ ] Add resource limits to every deployment in namespace `orders`", "- [ ] Drop the stale rows from table `sessions`"])).toEqual([
      "Add resource limits to every deployment in namespace orders",
      "Drop the stale rows from table sessions",
    ]);
    expect(namesCodeObject("dopisać limity do wszystkich deploymentów w namespace ")).toBe(true);
  });

  it("a label closing a finished sentence still leaves the title", () => {
    expect(titles(["- [ ] Fix the login crash on checkout `bug`", "- [ ] Tidy the footer links `chore`"])).toEqual(["Fix the login crash on checkout", "Tidy the footer links"]);
    expect(namesCodeObject("Namespace cleanup for the orders team ")).toBe(false);
  });
});
