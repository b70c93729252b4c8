import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (doc: string) => parsePlan(doc).items.map((i) => i.title);

describe("described parts", () => {
  it("reads a numbered list of named parts with sentences after them as a description", () => {
    const doc = "# Billing overview\n\n## Components\n\n1. **Meter** — Counts API calls per tenant and writes them hourly.\n2. **Rater** — Turns counts into charges using the price book.\n3. **Mailer** — Sends the invoice PDF on the first of the month.\n";
    expect(titles(doc)).toEqual([]);
  });

  it("keeps the same shape when the entries carry a deadline or a priority", () => {
    const doc = "# Audit follow-up\n\n## Section 3\n\n1. **Rotate keys** — All service keys, due 31. 1. 2027.\n2. **Pen test** — Booked with an outside firm, priority high.\n";
    expect(titles(doc)).toEqual(["Rotate keys", "Pen test"]);
  });

  it("keeps a bold numbered list under a heading that says it is work", () => {
    const doc = "# Plan\n\n## Next steps\n\n1. **Meter** — Counts API calls per tenant.\n2. **Rater** — Turns counts into charges.\n";
    expect(titles(doc)).toEqual(["Meter", "Rater"]);
  });
});
