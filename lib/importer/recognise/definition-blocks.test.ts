import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("definition blocks", () => {
  it("reads bold terms under a glossary heading as definitions, not a record", () => {
    const doc = "# Backlog\n\n## Later\n\n### Offline sync\nQueue writes while offline.\n\n## Ordliste\n**Vakt** – den som har telefonen.\n**Frist** – siste dag for levering.\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Offline sync"]);
  });

  it("keeps a record whose heading starts like a note but has a state field", () => {
    const doc = "# Backlog\n\n### Background job retries\n**Status:** In progress\n**Effort:** 3h\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.status])).toEqual([["Background job retries", "in_progress"]]);
  });
});
