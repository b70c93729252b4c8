import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a document the readers find no work in is read once more, with low confidence", () => {
  it("reads alike list entries under headings that name nothing, and warns naming the shape", () => {
    const md = "# Brand refresh\n\n**Section: Discovery**\n1. ✓ Stakeholder interviews\n2. Survey customers\n\n**Section: Rollout**\n3. Update website header\n4. New email templates\n";
    const result = parsePlan(md);
    expect(result.items.map((i) => [i.title, i.done])).toEqual([
      ["Stakeholder interviews", true],
      ["Survey customers", false],
      ["Update website header", false],
      ["New email templates", false],
    ]);
    expect(result.warnings[0]!.message).toMatch(/^Low-confidence reading: .* \(plain lists\)/);
  });

  it("leaves prose alone: sentences, questions, definitions and headings over paragraphs", () => {
    const md =
      "# Architecture\n\n## Components\n\n- **Gateway** — terminates TLS.\n- **Bookings** — owns holds\n\n## Flow\n\n1. The client calls POST /holds.\n2. Bookings checks availability.\n\n## Storage\n\nPostgres, one schema per service.\n\n## Open points\n\n- Who owns the schema registry?\n";
    const result = parsePlan(md);
    expect(result.items).toEqual([]);
    expect(result.warnings[0]!.message).toMatch(/^Read as prose/);
  });

  it("a meeting's agenda and a parking lot are not work", () => {
    const md = "# Guild sync\n\n## Agenda\n\n1. Event schema governance\n2. Kafka upgrade\n\n## Parking lot\n\n- Mascot\n- Rename the product\n";
    expect(parsePlan(md).items).toEqual([]);
  });
});
