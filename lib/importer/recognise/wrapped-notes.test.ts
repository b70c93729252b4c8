import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.description]);

describe("a note on the lines under an entry's first sentence", () => {
  it("keeps the first sentence as the title and the lines below as its description", () => {
    expect(read("# Plan\n\n## Tasks\n\n- Rotate the signing keys.\n  Lena has started, two services left.\n- Drop the old proxy.\n")).toEqual([
      ["Rotate the signing keys.", "Lena has started, two services left."],
      ["Drop the old proxy.", ""],
    ]);
  });

  it("keeps a title wrapped in the middle of a sentence whole", () => {
    expect(read("# Plan\n\n## Tasks\n\n- Rotate the signing keys of every\n  Payment service before May.\n- Drop the old proxy.\n").map((i) => i[0])).toEqual([
      "Rotate the signing keys of every Payment service before May.",
      "Drop the old proxy.",
    ]);
  });
});
