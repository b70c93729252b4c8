import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (text: string) => parsePlan(text).items.map((i) => i.title);

describe("a numbered list that carries on an earlier one", () => {
  it("is read under the earlier list's label", () => {
    const text = "To do before the move:\n\n1. Book the van\n2. Pack the books\n\nSounds good.\n\nOne more:\n\n3. Cancel the internet\n4. Return the keys\n";
    expect(titles(text)).toEqual(["Book the van", "Pack the books", "Cancel the internet", "Return the keys"]);
  });

  it("a list that starts again at 1, or skips numbers, is a list of its own", () => {
    const again = "To do before the move:\n\n1. Book the van\n2. Pack the books\n\nWhat we liked:\n\n1. The new kitchen\n2. The garden\n";
    expect(titles(again)).toEqual(["Book the van", "Pack the books"]);
    const gap = "To do before the move:\n\n1. Book the van\n2. Pack the books\n\nChapters read:\n\n7. The new kitchen\n8. The garden\n";
    expect(titles(gap)).toEqual(["Book the van", "Pack the books"]);
  });
});

describe("a long chain of continued lists", () => {
  it("is read in linear time, without deep recursion", () => {
    const parts = ["To do:", ""];
    for (let n = 1; n <= 3000; n++) parts.push(`${n}. Task ${n}`, "", `note ${n}`, "");
    const started = performance.now();
    const items = parsePlan(parts.join("\n")).items;
    expect(items.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
