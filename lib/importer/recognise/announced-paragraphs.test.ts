import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

const doc = (lead: string) =>
  [
    "# Search latency: this quarter",
    "",
    lead,
    "",
    "**Cache the facet counts.** Every page load recounts them. Mia owns this.",
    "",
    "**Drop the synchronous spell-check.** It adds 200 ms. Already in progress — Tom has a draft PR.",
    "",
    "**Warm the index after deploys.** Cold starts hurt the first minutes.",
    "",
  ].join("\n");

describe("announced paragraphs", () => {
  it("are the counted pieces of work, one bold-led paragraph each", () => {
    const items = parsePlan(doc("Search p95 is 900 ms. We agreed on three pieces of work.")).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Cache the facet counts", "not_started"],
      ["Drop the synchronous spell-check", "in_progress"],
      ["Warm the index after deploys", "not_started"],
    ]);
    expect(items[0]!.description).toContain("Mia owns this.");
  });

  it("are not bold-led paragraphs whose count the lead-in does not give", () => {
    expect(parsePlan(doc("Search p95 is 900 ms. We looked at four things.")).items).toEqual([]);
    expect(parsePlan(doc("Search p95 is 900 ms. Here is what we learned.")).items).toEqual([]);
  });
});
