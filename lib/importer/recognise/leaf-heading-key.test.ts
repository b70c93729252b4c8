import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leafHeadingKey } from "./leaf-heading-key";

describe("leafHeadingKey", () => {
  it("takes the ticket key and a trailing emoji tag off a keyed heading", () => {
    expect(leafHeadingKey("OPS-17: Move the queue to managed Redis 🧰 INFRA")).toEqual({ title: "Move the queue to managed Redis", key: "OPS-17" });
    expect(leafHeadingKey("P2-004 — Drop the CSV export")).toEqual({ title: "Drop the CSV export", key: "P2-004" });
  });

  it("leaves headings without a ticket key as written", () => {
    expect(leafHeadingKey("Phase 2: Rollout 🚀")).toEqual({ title: "Phase 2: Rollout 🚀", key: null });
    expect(leafHeadingKey("ISO-8601 dates in every export")).toEqual({ title: "ISO-8601 dates in every export", key: null });
  });

  it("gives a keyed leaf heading with prose a clean title", () => {
    const doc = "# Backlog\n\n## Low\n\n### OPS-17: Move the queue to managed Redis 🧰 INFRA\nNot doing — the current box is fine.\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Move the queue to managed Redis"]);
  });

  it("takes a tracker's lower-case story id off a story heading, whatever word the title closes on", () => {
    const doc = [
      "# Pipeline hardening — stories",
      "",
      "### sc-8812 Backfill job reprocesses the whole partition",
      "",
      "Type: bug · State: In Development · Priority: High",
      "",
      "When one hour fails, the retry re-runs all 24.",
      "",
      "### sc-8813 Dead-letter queue for malformed events",
      "",
      "Type: feature · State: Ready for Development · Priority: High",
      "",
      "Malformed events are dropped today.",
      "",
    ].join("\n");
    expect(parsePlan(doc).items.map((i) => [i.key, i.title])).toEqual([
      ["sc-8812", "Backfill job reprocesses the whole partition"],
      ["sc-8813", "Dead-letter queue for malformed events"],
    ]);
  });

  it("keeps an upper-case name with a number that no separator sets off", () => {
    expect(leafHeadingKey("COVID-19 response plan")).toEqual({ title: "COVID-19 response plan", key: null });
    expect(leafHeadingKey("ipv-6 rollout")).toEqual({ title: "ipv-6 rollout", key: null });
  });
});

