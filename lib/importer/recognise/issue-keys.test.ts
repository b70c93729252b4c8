import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// An issue key set in bold opens a tracker's list line ("**#4410** Upgrade …"): it is the entry's
// key, and the words after it are the title (entry.ts BOLD_HASH_KEY, lists.ts boldTitle).
describe("bold issue keys opening list entries", () => {
  it("numbered entries with a bold #number and scoped labels", () => {
    const md = [
      "# Fleet issues",
      "",
      '1. **#981** Rotate the deploy keys ~"priority::2" ~"workflow::in development"',
      '2. **#985** Retire the arm32 images ~"priority::4" ~"workflow::done"',
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.status])).toEqual([
      ["981", "Rotate the deploy keys", "P1", "in_progress"],
      ["985", "Retire the arm32 images", "P3", "done"],
    ]);
  });

  it("a bold tracker key under a task heading, with or without a colon", () => {
    const md = "# Sprint\n\n## Tasks\n\n1. **OPS-12** Renew the TLS certificates\n2. **OPS-14**: Empty the old bucket (P2)\n";
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority])).toEqual([
      ["OPS-12", "Renew the TLS certificates", null],
      ["OPS-14", "Empty the old bucket", "P2"],
    ]);
  });
});
