import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { progressDash } from "./progress-dashes";

const read = (lines: string[]) => parsePlan(["## Tasks", "", ...lines, ""].join("\n")).items.map((i) => [i.title, i.status]);

describe("a share done after a dash", () => {
  it("is taken off and says the work is under way (or done when whole)", () => {
    expect(read(["1. Payment flow के लिए end-to-end tests लिखना — 40% पूरा", "2. Migrate the services — 3/5 done", "3. Translate the docs — 100% erledigt"])).toEqual([
      ["Payment flow के लिए end-to-end tests लिखना", "in_progress"],
      ["Migrate the services", "in_progress"],
      ["Translate the docs", "done"],
    ]);
  });

  it("a share that is not followed by a word for done stays", () => {
    expect(read(["- [ ] Raise coverage — 40% minimum", "- [ ] Cut the error rate — 5% target"])).toEqual([
      ["Raise coverage — 40% minimum", "not_started"],
      ["Cut the error rate — 5% target", "not_started"],
    ]);
    expect(progressDash("Serve 3/5 traffic done")).toBeNull();
  });
});
