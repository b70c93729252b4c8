import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const board = `# Trello board: App

**Labels:** 🟥 red = urgent · 🟧 orange = high · 🟦 blue = docs (no priority)

## To do

### Upgrade the Firebase SDK
- Labels: 🟥 red, android
- Members: Karthik
- Checklist (0/2):
  - [ ] build.gradle change
  - [ ] Crashlytics test

### Update the README
- Labels: 🟦 blue

## Done

### Kotlin 2.0
- Labels: 🟧 orange
`;

describe("cards with field lists", () => {
  it("reads each card heading as the item, its field lines as what it says of itself", () => {
    const items = parsePlan(board).items;
    expect(items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Upgrade the Firebase SDK", "not_started", "P0"],
      ["Update the README", "not_started", null],
      ["Kotlin 2.0", "done", "P1"],
    ]);
    expect(items[0]!.description).toContain("Members: Karthik");
    expect(items[0]!.checklist.map((c) => c.text)).toEqual(["build.gradle change", "Crashlytics test"]);
  });
  it("leaves a lone heading over a field list as a note", () => {
    const items = parsePlan("# Setup\n\n## Environment\n\n### Local\n- Node: 20\n- Database: Postgres 16\n").items;
    expect(items.map((i) => i.title)).not.toContain("Local");
  });
  it("is not a list of tasks written as fields under a notes heading", () => {
    const text = "# Team\n\n## Contacts\n\n### Ana\n- Email: ana@example.com\n- Phone: 123\n\n### Bo\n- Email: bo@example.com\n";
    expect(parsePlan(text).items.map((i) => i.title)).not.toContain("Ana");
  });
});
