import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const states = (md: string) => parsePlan(md).items.map((i) => [i.title, i.done]);

describe("a sentence reporting a numbered entry done", () => {
  it("ticks the entry with that number in the list above it", () => {
    const md = "**Afspraken**\n\n1. Certificaten inventariseren\n2. Key Vault koppelen aan de gateway\n3. De TTL tijdelijk naar 300 s zetten\n\nPunt 3 is al gedaan, zag ik net in de change log.\n";
    expect(states(md)).toEqual([
      ["Certificaten inventariseren", false],
      ["Key Vault koppelen aan de gateway", false],
      ["De TTL tijdelijk naar 300 s zetten", true],
    ]);
  });

  it("a number in another sense, or a question about it, ticks nothing", () => {
    const md = "## Actions\n\n1. Book the venue\n2. Order the food\n\nIs item 2 done yet? Step 2 is the hard part.\n";
    expect(states(md)).toEqual([
      ["Book the venue", false],
      ["Order the food", false],
    ]);
  });
});
