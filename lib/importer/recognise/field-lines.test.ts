import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("an entry's own next line of 'Name: value' fields", () => {
  it("is the entry's priority, state and owner, not words of its title", () => {
    const md = "# Issues\n\n## Backlog\n\n* **DSK-1** Sync deadlocks on rename\n  Priority: Critical · State: In Progress · Assignee: Viktor Hale\n* **DSK-2** Log rotation keeps 40 files\n  Priority: Minor · State: Fixed\n";
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priorityLabel, i.status])).toEqual([
      ["DSK-1", "Sync deadlocks on rename", "Critical", "in_progress"],
      ["DSK-2", "Log rotation keeps 40 files", "Low", "done"],
    ]);
  });

  it("a second line of prose stays the entry's", () => {
    const md = "# Issues\n\n## Backlog\n\n* Sync deadlocks on rename\n  seen twice this week: on macOS only\n";
    expect(parsePlan(md).items.map((i) => i.title)).toHaveLength(1);
  });
});
