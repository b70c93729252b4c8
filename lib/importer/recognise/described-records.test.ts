import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.effortHours !== null]);

describe("records with a sentence before their fields, or one field", () => {
  it("takes the heading as the item, the sentence as its description, the bullets as its fields", () => {
    const md =
      "# Improvement plan\n\n## P0 — Must fix\n\n### 1. Idempotent backfills\nBackfill jobs re-insert rows when retried.\n- **Effort:** 2d\n- **Status:** In progress\n\n" +
      "### 2. Cap ad-hoc query spend\nPer-user daily budget.\n- **Effort:** 1d\n\n### 3. Data catalog lineage\n- **Effort:** 3d\n";
    const items = parsePlan(md).items;
    expect(read(md)).toEqual([
      ["Idempotent backfills", "in_progress", true],
      ["Cap ad-hoc query spend", "not_started", true],
      ["Data catalog lineage", "not_started", true],
    ]);
    expect(items[0]!.description).toContain("Backfill jobs re-insert rows");
  });

  it("negative: a list of plain entries after a sentence stays a list of tasks", () => {
    const md = "# Plan\n\n## Tasks\n\n### Checkout\nWhat we will do.\n- Add Apple Pay\n- Fix the coupon bug\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Add Apple Pay", "Fix the coupon bug"]);
  });

  it("negative: a heading with headings under it is a section, not a record", () => {
    const md = "# Plan\n\n## Payments\nWhat this area covers.\n- **Owner:** Ana\n\n### Add Apple Pay\n- **Status:** Done\n- **Effort:** 2\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Add Apple Pay"]);
  });

  it("reads a paragraph of fields after the sentence, when no list follows", () => {
    const md = "# Audit\n\n## Findings\n\n### Cookie without SameSite\nSession cookie lacks the attribute.\n\n**Remediation:** set SameSite=Lax.\n**Owner:** Priya · **Status:** Fixed\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([["Cookie without SameSite", "done"]]);
  });
});

